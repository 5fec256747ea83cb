// `node scripts/fuzz.mjs [--seed=N] [--cases=N] [--case=I]`: bundles the fuzz workload
// (scripts/bench/fuzz.bench.ts) with esbuild, as scripts/bench.mjs does, and runs it alone, to
// replay a failing case or to run another seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const outDir = mkdtempSync(path.join(tmpdir(), 'iam-fuzz-'));
try {
  const outfile = path.join(outDir, 'fuzz.bench.mjs');
  await build({
    entryPoints: ['scripts/bench/fuzz.bench.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
