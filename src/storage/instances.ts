// EC2 instances. A state change in progress is stored as its target and time, so the current
// state is worked out on read and a reload mid-transition still lands in the right state.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { InstanceRecord, InstanceStateName } from './types';

export function readInstance(
  tx: LabReadTx,
  instanceId: string,
): Promise<InstanceRecord | undefined> {
  return tx.objectStore('instances').get(instanceId);
}

export function readAllInstances(tx: LabReadTx): Promise<InstanceRecord[]> {
  return tx.objectStore('instances').getAll();
}

export function writeInstance(
  tx: LabWriteTx,
  instance: InstanceRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'instances', instance, meta);
}

export function removeInstance(
  tx: LabWriteTx,
  instanceId: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'instances', instanceId, meta);
}

/** The instance's state at `nowMs`: its stored state, or the transition's target once it is due. */
export function instanceStateAt(instance: InstanceRecord, nowMs: number): InstanceStateName {
  const { transition } = instance;
  return transition && nowMs >= transition.atMs ? transition.to : instance.state;
}
