// `npm run bench`: the engine benchmarks (every scripts/bench/*.perf.ts under Vitest, each printing
// its own figures), then a production build and the first page load's size (gzip -9 of the JS and
// CSS dist/index.html loads). No timing assertions anywhere: the numbers are for people to read.
import { spawnSync } from 'node:child_process';
import { formatReport, measureFirstLoad } from './first-load-size.mjs';

const engine = spawnSync('npx', ['vitest', 'run', '--config', 'scripts/bench/vitest.config.ts'], {
  stdio: 'inherit',
  env: process.env,
});
const t0 = Date.now();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`vite build: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
const result = measureFirstLoad('dist');
console.log(formatReport(result));
process.exitCode = engine.status === 0 && result.totalGzip <= result.budget ? 0 : 1;
