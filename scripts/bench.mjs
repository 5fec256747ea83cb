// `npm run bench`: the engine benchmarks, then the differential sweep, a production build and the
// first page load's size (gzip -9 of the JS and CSS dist/index.html loads), then the browser
// workloads against that build (the large lab). No timing assertions
// anywhere: the numbers are for people to read.
//
// Each workload (scripts/bench/*.bench.ts) is bundled with esbuild, as the site's build bundles
// the engine, and run in a fresh Node process of its own: the figures are those of plain,
// scope-hoisted code with a cold JIT, not of a test runner's module wrappers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { formatReport, measureFirstLoad } from './first-load-size.mjs';

/** One workload as a Node ES module, `external` packages left to be imported at run time. */
function bundle(file, outfile, external = []) {
  return build({
    entryPoints: [path.join('scripts/bench', file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external,
    logLevel: 'error',
  });
}

let ok = true;
const outDir = mkdtempSync(path.join(tmpdir(), 'iam-bench-'));
try {
  const workloads = readdirSync('scripts/bench')
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  for (const file of workloads) {
    const outfile = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
    await bundle(file, outfile);
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

// Browser workloads (scripts/bench/*.browser.ts): Playwright drives Chromium against the build
// just made, served under a sub-path. Bundled like the others, Playwright left as a package.
// Written inside node_modules/.cache, so that Node finds the Playwright package from there.
mkdirSync('node_modules/.cache', { recursive: true });
const browserDir = mkdtempSync(path.resolve('node_modules/.cache/iam-bench-browser-'));
try {
  for (const file of readdirSync('scripts/bench')
    .filter((f) => f.endsWith('.browser.ts'))
    .sort()) {
    const outfile = path.join(browserDir, file.replace(/\.ts$/, '.mjs'));
    await bundle(file, outfile, ['@playwright/test', 'playwright', 'playwright-core']);
    const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
    if (run.status !== 0) ok = false;
  }
} finally {
  rmSync(browserDir, { recursive: true, force: true });
}
process.exitCode = ok && result.totalGzip <= result.budget ? 0 : 1;
