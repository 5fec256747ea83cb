// The time simulated calls see: real time, unless a test (or, later, the lab's request-context
// panel, issue 5) fixes it.

let fixedNowMs: number | undefined;

/** Milliseconds since the epoch, as the lab sees them. */
export function nowMs(): number {
  return fixedNowMs ?? Date.now();
}

export function nowIso(): string {
  return new Date(nowMs()).toISOString();
}

/** Fixes the lab's clock (undefined returns to real time). */
export function setLabClock(epochMs: number | undefined): void {
  fixedNowMs = epochMs;
}
