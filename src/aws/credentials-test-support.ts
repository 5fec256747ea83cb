// For tests only: the credential tests' fixed clock, a user with a console password, and an
// assigned virtual MFA device.

import { totpCode } from '@/lib/totp';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import { setLabClock } from './clock';
import * as iam from './iam';

export const root = rootCaller();
export const NOW = Date.parse('2026-12-01T10:00:00Z');
export const PASSWORD = 'Lab-Password-1';

/** A fresh database, with the lab clock fixed at NOW. */
export async function freshLabAtNow(): Promise<void> {
  await useFreshIndexedDb();
  setLabClock(NOW);
}

export async function userWithPassword(userName: string, passwordResetRequired = false) {
  await iam.createUser(root, { userName });
  await iam.createLoginProfile(root, {
    userName,
    password: { kind: 'custom', password: PASSWORD },
    passwordResetRequired,
  });
}

/** Assigns a virtual MFA device to the user and returns its seed. */
export async function assignMfa(userName: string): Promise<string> {
  const device = await iam.createVirtualMFADevice(root, `${userName}-phone`, `${userName}@lab`);
  await iam.enableMFADevice(
    root,
    userName,
    device.serialNumber,
    totpCode(device.base32StringSeed, NOW - 30_000),
    totpCode(device.base32StringSeed, NOW),
  );
  return device.base32StringSeed;
}
