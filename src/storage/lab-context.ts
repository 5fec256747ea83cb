// The request context panel's record in the labSettings store.

import type { LabReadTx, LabWriteTx } from './schema';
import type { LabContextRecord } from './types';

const KEY = 'request-context';

/** The saved request context, if the learner ever saved one. */
export async function readLabContext(tx: LabReadTx): Promise<LabContextRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(KEY);
  return record?.key === KEY ? record : undefined;
}

export async function writeLabContext(tx: LabWriteTx, record: LabContextRecord): Promise<void> {
  await tx.objectStore('labSettings').put(record);
}
