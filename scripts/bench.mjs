// `npm run bench`: the engine benchmarks, then the differential sweep, a production build, the
// first page load's size (gzip -9 of the JS and CSS dist/index.html loads), and the browser
// workloads on that build. No timing assertions anywhere: the numbers are for people to read.
//
// Each workload (scripts/bench/*.bench.ts) is bundled with esbuild, as the site's build bundles
// the engine, and run in a fresh Node process of its own: the figures are those of plain,
// scope-hoisted code with a cold JIT, not of a test runner's module wrappers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { formatReport, measureFirstLoad } from './first-load-size.mjs';

let ok = true;
const outDir = mkdtempSync(path.join(tmpdir(), 'iam-bench-'));
try {
  const workloads = readdirSync('scripts/bench')
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  for (const file of workloads) {
    const outfile = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [path.join('scripts/bench', file)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    // The access matrix runs once per trace option, each in a fresh process (a cold JIT each).
    const variants = file === 'access-matrix.bench.ts' ? [['none'], ['all']] : [[]];
    for (const args of variants) {
      const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
      if (run.status !== 0) ok = false;
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

// The differential sweep against the oracle runs under Vitest (it reads the oracle package).
const sweep = spawnSync('npx', ['vitest', 'run', '--config', 'scripts/bench/vitest.config.ts'], {
  stdio: 'inherit',
  env: process.env,
});
if (sweep.status !== 0) ok = false;

const t0 = Date.now();
const site = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (site.status !== 0) process.exit(site.status ?? 1);
console.log(`vite build: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
const result = measureFirstLoad('dist');
console.log(formatReport(result));

// Browser workloads (scripts/bench/*.browser.ts) on the build just made: each serves dist/ itself
// (scripts/serve.mjs, on a port of its own) and drives Chromium with Playwright. Bundled into
// node_modules/.cache so that Playwright resolves from the project.
const browserOut = path.join('node_modules', '.cache', 'iam-bench');
const browserWorkloads = readdirSync('scripts/bench').filter((f) => f.endsWith('.browser.ts'));
for (const file of browserWorkloads.sort()) {
  const outfile = path.join(browserOut, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join('scripts/bench', file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) ok = false;
}
process.exitCode = ok && result.totalGzip <= result.budget ? 0 : 1;
