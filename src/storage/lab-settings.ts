// The labSettings store: the learner's own records, one per key (predict mode, the request
// context, walkthrough progress, the undo stacks). They are not account changes, so they are
// written directly: no change record, and Undo and the timeline never step over them.

import type { LabReadTx, LabWriteTx } from './schema';
import type { LabSettingsRecord } from './types';

export type LabSettingKey = LabSettingsRecord['key'];
export type LabSettingOf<K extends LabSettingKey> = Extract<LabSettingsRecord, { key: K }>;

/** The record under `key`, if the learner ever saved one. */
export async function readLabSetting<K extends LabSettingKey>(
  tx: LabReadTx,
  key: K,
): Promise<LabSettingOf<K> | undefined> {
  const record = await tx.objectStore('labSettings').get(key);
  // Invariant: the store's key path is `key`, so the record under K has key K.
  return record?.key === key ? (record as LabSettingOf<K>) : undefined;
}

export async function writeLabSetting(tx: LabWriteTx, record: LabSettingsRecord): Promise<void> {
  await tx.objectStore('labSettings').put(record);
}

export async function removeLabSetting(tx: LabWriteTx, key: LabSettingKey): Promise<void> {
  await tx.objectStore('labSettings').delete(key);
}
