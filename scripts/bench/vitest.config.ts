// Vitest setup for the benchmarks: every scripts/bench/*.perf.ts, one file at a time, output shown.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  test: {
    include: ['scripts/bench/*.perf.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600000,
    silent: false,
  },
});
