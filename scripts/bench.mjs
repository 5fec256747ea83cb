// `npm run bench`: runs every scripts/bench/*.perf.ts under Vitest; each prints its own figures.
// No timing assertions anywhere: the numbers are for people to read.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', '--config', 'scripts/bench/vitest.config.ts'], {
  stdio: 'inherit',
  shell: false,
  env: process.env,
});
process.exit(r.status ?? 1);
