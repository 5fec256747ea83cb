export const FIRST_LOAD_BUDGET: number;
export interface FirstLoadFile {
  file: string;
  raw: number;
  gzip: number;
}
export interface FirstLoadResult {
  files: FirstLoadFile[];
  totalRaw: number;
  totalGzip: number;
  budget: number;
}
export function htmlAssets(html: string): string[];
export function measureFirstLoad(distDir?: string): FirstLoadResult;
export function kb(bytes: number): string;
export function formatReport(result: FirstLoadResult): string;
