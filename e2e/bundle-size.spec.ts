// Checks on the built files: the first page load stays within budget, and licenses.txt lists every
// bundled package. Playwright runs after the production build, so dist/ is there.
import { readFileSync } from 'node:fs';
import {
  FIRST_LOAD_BUDGET,
  formatReport,
  kb,
  measureFirstLoad,
} from '../scripts/first-load-size.mjs';
import { expect, test } from './fixtures';

test('the first page load is at most 450 KB (gzip -9 of the JS, CSS and fonts index.html loads)', () => {
  const result = measureFirstLoad('dist');
  console.log(formatReport(result));
  expect(result.files.some((f) => f.file.endsWith('.js'))).toBe(true);
  expect(result.totalGzip, `first load is ${kb(result.totalGzip)}`).toBeLessThanOrEqual(
    FIRST_LOAD_BUDGET,
  );
});

test('the measured files are the ones the browser fetches for the first page', async ({ page }) => {
  const fetched = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/\.(js|css|woff2)$/.test(url.pathname)) fetched.add(url.pathname.replace(/^\/lab\//, ''));
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  const measured = measureFirstLoad('dist').files.map((f) => f.file);
  // Every script and stylesheet is fetched; a font only when the page's text uses its face, so
  // the measure counts every face the CSS declares and the page fetches no other font.
  for (const file of measured.filter((f) => !f.endsWith('.woff2'))) {
    expect([...fetched]).toContain(file);
  }
  const fonts = [...fetched].filter((f) => f.endsWith('.woff2'));
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(measured).toContain(font);
});

test('dist/licenses.txt lists the licence of every bundled package', () => {
  const text = readFileSync('dist/licenses.txt', 'utf8');
  for (const name of ['react', 'react-dom', 'react-router', '@cloudscape-design/components']) {
    expect(text).toMatch(new RegExp(`^${name.replace('/', '\\/')}@[^:]+: \\S+`, 'm'));
  }
  expect(text).not.toMatch(/: UNKNOWN$/m);
});
