import { describe, expect, it } from 'vitest';
import { MATRIX_PAGE_SIZE, rowPage } from './matrix-row-page';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('rowPage', () => {
  it.each([
    ['an empty list', 0, 0, { rows: [], pageIndex: 0, pagesCount: 1, first: 0, last: 0, total: 0 }],
    ['a small lab: one page', 7, 0, { pageIndex: 0, pagesCount: 1, first: 1, last: 7, total: 7 }],
    ['the second of three pages', 250, 1, { pageIndex: 1, pagesCount: 3, first: 101, last: 200 }],
    ['the short last page', 250, 2, { pageIndex: 2, first: 201, last: 250 }],
    ['a page past the end is the last', 250, 9, { pageIndex: 2, first: 201, last: 250 }],
  ] as const)('%s', (_name, count, page, expected) => {
    expect(rowPage(rows(count), page)).toMatchObject(expected);
  });

  it(`never holds more than ${MATRIX_PAGE_SIZE} rows`, () => {
    const page = rowPage(rows(6000), 0);
    expect(page.rows).toEqual(rows(MATRIX_PAGE_SIZE));
    expect(page.pagesCount).toBe(60);
  });
});
