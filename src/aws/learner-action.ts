// A learner action: what the learner set off on purpose (a console button, a CLI command), as
// opposed to the console's background reads. While one runs, every simulated call started in it
// reports to the action's scope (predict mode asks before the first one and judges on the records).

import type { AuthorizationRequest, Evaluation } from '@/iam';
import type { CallRecord } from '@/storage/types';
import type { CallSpec } from './call';
import type { AnyCaller } from './caller';

/** Watches one call of a learner action. */
export interface CallWatcher {
  /** Each authorization, with the engine's full evaluation (the record keeps only a summary). */
  decided(record: CallRecord, evaluation: Evaluation, request: AuthorizationRequest): void;
  /** The call's records, once written (failed calls too). */
  finished(records: readonly CallRecord[]): void;
}

export interface LearnerActionScope {
  /** Before a call's body runs: may wait (for the learner's prediction); returns its watcher. */
  enterCall(caller: AnyCaller, spec: CallSpec): Promise<CallWatcher | undefined>;
}

let current: LearnerActionScope | undefined;

/** The scope of the learner action running now, if any (read by runCall when a call starts). */
export function currentLearnerAction(): LearnerActionScope | undefined {
  return current;
}

/**
 * Runs `action` as a learner action. Calls are matched to it by time: the console runs one action
 * at a time, and the refetches it causes come after the action, once its mutation has settled.
 */
export async function runLearnerAction<T>(
  scope: LearnerActionScope,
  action: () => Promise<T>,
): Promise<T> {
  const outer = current;
  current = scope;
  try {
    return await action();
  } finally {
    current = outer;
  }
}
