// Which principals the access matrix computes: at most one page of them, so a lab at AWS's
// maximums (6,000 users and roles) computes and draws 100 rows at a time, as the console's own
// lists page their rows.

/** Rows computed and drawn at once. */
export const MATRIX_PAGE_SIZE = 100;

export interface RowPage<T> {
  /** The page's rows, in order. */
  rows: T[];
  /** The page shown (0-based), clamped into range. */
  pageIndex: number;
  pagesCount: number;
  /** 1-based numbers of the first and last rows shown, of `total`. */
  first: number;
  last: number;
  total: number;
}

/** The rows of page `pageIndex` (clamped) of the matching rows. */
export function rowPage<T>(matching: readonly T[], pageIndex: number): RowPage<T> {
  const pagesCount = Math.max(1, Math.ceil(matching.length / MATRIX_PAGE_SIZE));
  const page = Math.min(Math.max(0, pageIndex), pagesCount - 1);
  const start = page * MATRIX_PAGE_SIZE;
  const rows = matching.slice(start, start + MATRIX_PAGE_SIZE);
  return {
    rows,
    pageIndex: page,
    pagesCount,
    first: rows.length ? start + 1 : 0,
    last: start + rows.length,
    total: matching.length,
  };
}
