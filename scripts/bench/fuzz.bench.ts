// Issue 8's fuzz script: 100,000 cases (arbitrary text, arbitrary JSON, mutated AWS managed
// policies) through parse, validate, evaluate and every explanation (src/iam/fuzz/policy-fuzz.ts),
// against the real service catalog (s3, ec2, iam, sts detail loaded). Prints cases/s, the slowest
// case and every failure with the command that replays it. Fixed seed; no timing assertions.
//
//   npm run bench                                  (all workloads; this one with its defaults)
//   node scripts/fuzz.mjs --seed=8 --cases=100000  (this one alone)
//   node scripts/fuzz.mjs --seed=8 --case=41234    (replay one case: print it and its stack)
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { loadServiceCatalog } from '../../src/iam';
import {
  loadFuzzSeeds,
  policyFuzzCase,
  runPolicyFuzzCase,
  type PolicyFuzzCase,
} from '../../src/iam/fuzz/policy-fuzz';

const BATCH = 1000;
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const seed = Number(arg('seed') ?? 8);
const total = Number(arg('cases') ?? 100_000);
const replay = arg('case');

const seeds = await loadFuzzSeeds(40);
const catalog = await loadServiceCatalog({ services: ['s3', 'ec2', 'iam', 'sts'] });
const arbitrary = policyFuzzCase(seeds);

/** Case `index` of the run: batch ⌊index / 1000⌋ is sampled from seed + batch. */
function batch(b: number): PolicyFuzzCase[] {
  return fc.sample(arbitrary, { seed: seed + b, numRuns: BATCH });
}

const replayCommand = (index: number) => `node scripts/fuzz.mjs --seed=${seed} --case=${index}`;

if (replay !== undefined) {
  const index = Number(replay);
  const c = batch(Math.floor(index / BATCH))[index % BATCH];
  if (!c) throw new Error(`No case ${replay}`);
  const { text, ...request } = c;
  console.log(`case ${index} of seed ${seed}:`, JSON.stringify(request, null, 2));
  console.log(`policy text (${text.length} characters): ${JSON.stringify(text.slice(0, 2000))}`);
  const start = performance.now();
  runPolicyFuzzCase(c, catalog); // throws with its stack when the case fails
  console.log(`passed in ${(performance.now() - start).toFixed(1)} ms`);
} else {
  let failures = 0;
  let slowest = { ms: 0, index: -1 };
  let busy = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let b = 0; b * BATCH < total; b++) {
    const cases = batch(b);
    for (let k = 0; k < cases.length && b * BATCH + k < total; k++) {
      const index = b * BATCH + k;
      const start = performance.now();
      try {
        runPolicyFuzzCase(cases[k]!, catalog);
      } catch (err) {
        failures++;
        if (failures <= 10)
          console.log(
            `  FAIL case ${index}: ${String(err).slice(0, 300)}\n    ${replayCommand(index)}`,
          );
      }
      const ms = performance.now() - start;
      busy += ms;
      if (ms > slowest.ms) slowest = { ms, index };
    }
  }
  const wall = (performance.now() - wall0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(
    `fuzz: ${n(total)} cases (seed ${seed}) in ${wall.toFixed(1)} s: ${n(total / wall)} cases/s ` +
      `wall-clock (${n(total / cpu)} per CPU second; ${n(total / (busy / 1000))}/s in the engine alone); ` +
      `slowest case ${slowest.ms.toFixed(1)} ms (${replayCommand(slowest.index)}); ` +
      `failures: ${failures}; load average ${loadavg()[0]?.toFixed(1)}`,
  );
  if (failures > 0) process.exitCode = 1;
}
