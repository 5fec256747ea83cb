// The request context panel's record in the labSettings store.

import { readLabSetting, writeLabSetting } from './lab-settings';
import type { LabReadTx, LabWriteTx } from './schema';
import type { LabContextRecord } from './types';

const KEY = 'request-context' as const;

/** The saved request context, if the learner ever saved one. */
export async function readLabContext(tx: LabReadTx): Promise<LabContextRecord | undefined> {
  return readLabSetting(tx, KEY);
}

export function writeLabContext(tx: LabWriteTx, record: LabContextRecord): Promise<void> {
  return writeLabSetting(tx, record);
}
