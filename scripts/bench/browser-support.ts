// What the browser workloads share: dist/ served under /lab/ as a static host would, Chromium with
// this machine's flags, and the median of a few runs.
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

export interface Site {
  /** "http://127.0.0.1:<port>/lab/" */
  base: string;
  stop: () => void;
}

/** Serves `dir` with scripts/serve.mjs on `port` and waits until it answers. */
export async function serveDist(port: number, dir = 'dist'): Promise<Site> {
  const base = `http://127.0.0.1:${port}/lab/`;
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--base', '/lab/', '--dir', dir],
    { stdio: 'ignore' },
  );
  const stop = () => server.kill();
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`${base} did not answer`);
}

/** Debian's Chromium (or Playwright's own) with the flags these machines need. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ ...(executablePath && { executablePath }), args: CHROMIUM_ARGS });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
