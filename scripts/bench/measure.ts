// Timing helper for the benchmarks: warm up, then run timed rounds and report median rates, both
// per wall-clock second and per CPU second of this process (the fairer "one core" figure when
// other jobs share the machine).
import { performance } from 'node:perf_hooks';

/** Evaluations per wall-clock second and per CPU second (medians over the rounds). */
export interface Rate {
  wall: number;
  cpu: number;
}

/** Runs `work` (which does `perCall` evaluations) in timed rounds. */
export function measure(work: () => void, perCall: number, rounds = 7, roundMs = 400): Rate {
  const warmEnd = performance.now() + 300;
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
  return { wall: median(wall), cpu: median(cpu) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Formats a rate as "123,456/s wall, 234,567/s CPU". */
export const fmt = (r: Rate) =>
  `${Math.round(r.wall).toLocaleString('en-US')}/s wall-clock, ${Math.round(r.cpu).toLocaleString('en-US')}/s per CPU second`;
