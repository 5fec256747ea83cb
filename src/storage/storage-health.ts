// Whether this browser saves the lab. When IndexedDB cannot be opened (a private window) or is full,
// the lab goes on in memory and the console says so, offering an export.

/** Why the lab is in memory only: IndexedDB would not open, or refused a write for lack of space. */
export type StorageFailure = 'unavailable' | 'quota';

export interface StorageHealth {
  saving: boolean;
  failure?: StorageFailure;
}

let health: StorageHealth = { saving: true };
const listeners = new Set<() => void>();

/** The current answer; the same object until it changes (for useSyncExternalStore). */
export function storageHealth(): StorageHealth {
  return health;
}

export function onStorageHealthChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function markMemoryOnly(failure: StorageFailure): void {
  health = { saving: false, failure };
  for (const listener of listeners) listener();
}

/** For tests: the browser saves again. */
export function resetStorageHealth(): void {
  health = { saving: true };
  for (const listener of listeners) listener();
}

/** A failure of the browser's storage itself, as opposed to a refused or aborted change. */
export function isStorageFailure(err: unknown): boolean {
  if (err instanceof ReferenceError || err instanceof TypeError) return true;
  if (!(err instanceof Error) && !(err instanceof DOMException)) return false;
  return ['InvalidStateError', 'UnknownError', 'QuotaExceededError', 'SecurityError'].includes(
    err.name,
  );
}

export function isQuotaExceeded(err: unknown): boolean {
  return (err instanceof Error || err instanceof DOMException) && err.name === 'QuotaExceededError';
}
