// `npm run bench`: builds the site and prints the first page load's size (gzip -9 of the JS and CSS
// dist/index.html loads). Exits non-zero when it is over budget.
import { spawnSync } from 'node:child_process';
import { formatReport, measureFirstLoad } from './first-load-size.mjs';

const t0 = Date.now();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`vite build: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
const result = measureFirstLoad('dist');
console.log(formatReport(result));
process.exitCode = result.totalGzip <= result.budget ? 0 : 1;
