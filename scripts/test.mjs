// `npm test`: typecheck, lint, unit tests, production build, then e2e against the built site.
// Ends with a plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const started = Date.now();
let passed = 0;
let failed = 0;
let ok = true;

function run(label, command, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', shell: false, env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const good = r.status === 0;
  console.log(`${good ? '✔' : '✘'} ${label} (${seconds}s)`);
  return good;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const npx = 'npx';
const steps = [
  ['typecheck', npx, ['tsc', '--noEmit']],
  ['lint', npx, ['eslint', '.', '--max-warnings', '0']],
  ['prettier', npx, ['prettier', '--check', '.', '--log-level', 'warn']],
];
for (const [label, cmd, args] of steps) {
  const good = run(label, cmd, args);
  if (good) passed += 1;
  else {
    failed += 1;
    ok = false;
  }
}

const unitOk = run('unit tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/unit.json`,
]);
const unit = readJson(`${results}/unit.json`);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
if (!unitOk && !(unit && unit.numFailedTests > 0)) failed += 1;
ok &&= unitOk;

const buildOk = run('build', npx, ['vite', 'build']);
if (buildOk) passed += 1;
else failed += 1;
ok &&= buildOk;

if (buildOk && existsSync('e2e')) {
  const browser = findChromium();
  if (!browser) {
    console.log(
      "No Chromium found on PATH and CHROMIUM_PATH is not set: using Playwright's own browser.\n" +
        "If it is missing, run `npx playwright install chromium`, or install Debian's chromium\n" +
        '(`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const e2eOk = run('e2e', npx, ['playwright', 'test']);
  const e2e = readJson(`${results}/e2e.json`);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
  }
  if (!e2eOk && !(e2e?.stats?.unexpected > 0)) failed += 1;
  ok &&= e2eOk;
}

const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nnpm test finished in ${total}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
