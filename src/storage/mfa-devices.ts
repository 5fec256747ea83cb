// Virtual MFA devices, keyed by serial number (their ARN) and indexed by the assigned user's key.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { MfaDeviceRecord } from './types';
import { nameKey } from './users';

export function readMfaDevice(
  tx: LabReadTx,
  serialNumber: string,
): Promise<MfaDeviceRecord | undefined> {
  return tx.objectStore('mfaDevices').get(serialNumber);
}

/** The devices assigned to a user, oldest first. */
export async function readMfaDevicesOf(
  tx: LabReadTx,
  userName: string,
): Promise<MfaDeviceRecord[]> {
  const devices = await tx.objectStore('mfaDevices').index('byUser').getAll(nameKey(userName));
  return devices.sort((a, b) => (a.enableDate ?? '').localeCompare(b.enableDate ?? ''));
}

export function readAllMfaDevices(tx: LabReadTx): Promise<MfaDeviceRecord[]> {
  return tx.objectStore('mfaDevices').getAll();
}

export function writeMfaDevice(
  tx: LabWriteTx,
  device: MfaDeviceRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'mfaDevices', device, meta);
}

export function removeMfaDevice(
  tx: LabWriteTx,
  serialNumber: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'mfaDevices', serialNumber, meta);
}
