// Timing helper for the benchmarks: warm up, then run short timed rounds. Reports the median and
// the best round, per wall-clock second and per CPU second of this process, plus the load average:
// on a shared machine the best round is the closest to "one idle core".
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Evaluations per second over the rounds. */
export interface Rate {
  wallMedian: number;
  wallBest: number;
  cpuMedian: number;
  cpuBest: number;
}

/** Runs `work` (which does `perCall` evaluations) in timed rounds. */
export function measure(work: () => void, perCall: number, rounds = 15, roundMs = 200): Rate {
  const warmEnd = performance.now() + 500;
  while (performance.now() < warmEnd) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    let now = start;
    while (now - start < roundMs) {
      work();
      calls++;
      now = performance.now();
    }
    const used = process.cpuUsage(cpu0);
    wall.push((calls * perCall * 1000) / (now - start));
    cpu.push((calls * perCall * 1e6) / Math.max(1, used.user + used.system));
  }
  return {
    wallMedian: median(wall),
    wallBest: Math.max(...wall),
    cpuMedian: median(cpu),
    cpuBest: Math.max(...cpu),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** Formats a rate for the console, with the machine's load average. */
export const fmt = (r: Rate) =>
  `${n(r.wallMedian)}/s wall-clock median (best ${n(r.wallBest)}), ` +
  `${n(r.cpuMedian)}/s per CPU second median (best ${n(r.cpuBest)}); ` +
  `load average ${loadavg()[0]?.toFixed(1)}`;
