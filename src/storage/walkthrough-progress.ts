// The walkthrough in progress, in the labSettings store. Progress is about the learner, not the
// account, so it is written directly, without a change record: undo and "Reset this step"
// restore the account and leave the progress alone.

import { readLabSetting, removeLabSetting, writeLabSetting } from './lab-settings';
import type { LabReadTx, LabWriteTx } from './schema';
import type { WalkthroughProgressRecord } from './types';
import type { Walkthrough } from './walkthrough-schema';

const KEY = 'walkthrough-progress' as const;

export async function readWalkthroughProgress(
  tx: LabReadTx,
): Promise<WalkthroughProgressRecord | undefined> {
  return readLabSetting(tx, KEY);
}

export function writeWalkthroughProgress(
  tx: LabWriteTx,
  record: WalkthroughProgressRecord,
): Promise<void> {
  return writeLabSetting(tx, record);
}

export function removeWalkthroughProgress(tx: LabWriteTx): Promise<void> {
  return removeLabSetting(tx, KEY);
}

/** The lab's own walkthrough: one an imported scenario file or share link brought with it. */
export async function readScenarioWalkthrough(tx: LabReadTx): Promise<Walkthrough | undefined> {
  return (await readLabSetting(tx, 'scenario-walkthrough'))?.walkthrough;
}
