// The walkthrough in progress, in the labSettings store. Progress is about the learner, not the
// account, so it is written directly, without a change record: undo and "Reset this step"
// restore the account and leave the progress alone.

import type { LabReadTx, LabWriteTx } from './schema';
import type { WalkthroughProgressRecord } from './types';
import type { Walkthrough } from './walkthrough-schema';

const KEY = 'walkthrough-progress';

export async function readWalkthroughProgress(
  tx: LabReadTx,
): Promise<WalkthroughProgressRecord | undefined> {
  const record = await tx.objectStore('labSettings').get(KEY);
  return record?.key === KEY ? record : undefined;
}

export async function writeWalkthroughProgress(
  tx: LabWriteTx,
  record: WalkthroughProgressRecord,
): Promise<void> {
  await tx.objectStore('labSettings').put(record);
}

export async function removeWalkthroughProgress(tx: LabWriteTx): Promise<void> {
  await tx.objectStore('labSettings').delete(KEY);
}

/** The lab's own walkthrough: one an imported scenario file or share link brought with it. */
export async function readScenarioWalkthrough(tx: LabReadTx): Promise<Walkthrough | undefined> {
  const record = await tx.objectStore('labSettings').get('scenario-walkthrough');
  return record?.key === 'scenario-walkthrough' ? record.walkthrough : undefined;
}
