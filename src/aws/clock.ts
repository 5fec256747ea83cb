// The time simulated calls see: real time, unless a test fixes it. The request context panel's
// fixed time (request-context.ts) changes only aws:CurrentTime and aws:EpochTime; event times,
// session expiry and MFA age stay on this clock.

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
