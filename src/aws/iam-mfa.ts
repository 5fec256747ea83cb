// Virtual MFA devices: CreateVirtualMFADevice, EnableMFADevice, ListMFADevices,
// DeactivateMFADevice, DeleteVirtualMFADevice, and the console's Assign / Remove.

import { newTotpSeed, totpStep, totpUri } from '@/lib/totp';
import { readAccountRecord } from '@/storage/account';
import { readTx, writeTx } from '@/storage/db';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import {
  readMfaDevice,
  readMfaDevicesOf,
  removeMfaDevice,
  writeMfaDevice,
} from '@/storage/mfa-devices';
import type { MfaDeviceRecord } from '@/storage/types';
import { readUser } from '@/storage/users';
import { userArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  CREDENTIAL_QUOTAS,
  invalidAuthenticationCode,
  mfaDeviceExists,
  noSuchMfaDevice,
  quotaExceeded,
} from './iam-errors';
import { requireUser } from './iam-users';
import { checkName } from './names';

/** The issuer an authenticator app shows: the lab's name, since it is not AWS. */
export const MFA_ISSUER = 'IAM Console Lab';

export const mfaArn = (deviceName: string, path = '/') =>
  `arn:aws:iam::${LAB_ACCOUNT_ID}:mfa${path}${deviceName}`;

/** ListMFADevices' entries. */
export interface MfaDevice {
  userName: string;
  serialNumber: string;
  deviceName: string;
  enableDate: string;
}

/** CreateVirtualMFADevice's answer: the seed and the QR code's text, for the set-up step. */
export interface NewVirtualMfaDevice {
  serialNumber: string;
  base32StringSeed: string;
  /** otpauth://totp/... */
  qrCodeUri: string;
}

function toDevice(record: MfaDeviceRecord): MfaDevice {
  return {
    userName: record.userName ?? '',
    serialNumber: record.serialNumber,
    deviceName: record.deviceName,
    enableDate: record.enableDate ?? record.createDate,
  };
}

/**
 * True when the two codes are consecutive codes of the seed, the second one current (or one step
 * either side of it, for clock drift), as EnableMFADevice requires.
 */
export function consecutiveCodesMatch(
  seed: string,
  code1: string,
  code2: string,
  nowMs: number,
): boolean {
  const second = totpStep(seed, code2, nowMs, 1);
  if (second === null) return false;
  return totpStep(seed, code1, nowMs + (second - 1) * 30_000, 0) === 0;
}

/** Creates an unassigned device. `label` is what the authenticator app lists (user@account). */
export function createVirtualMFADevice(
  caller: Caller,
  deviceName: string,
  label: string,
): Promise<NewVirtualMfaDevice> {
  const serialNumber = mfaArn(deviceName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'CreateVirtualMFADevice',
      action: 'iam:CreateVirtualMFADevice',
      resource: serialNumber,
    },
    async (call) => {
      checkName(deviceName, 'virtualMFADeviceName', 226);
      await call.authorize({ action: 'iam:CreateVirtualMFADevice', resource: serialNumber });
      const seed = newTotpSeed();
      await writeTx(async (tx) => {
        if (await readMfaDevice(tx, serialNumber)) throw mfaDeviceExists();
        await writeMfaDevice(
          tx,
          { serialNumber, deviceName, path: '/', base32StringSeed: seed, createDate: call.time },
          call.change,
        );
      });
      return { serialNumber, base32StringSeed: seed, qrCodeUri: totpUri(seed, MFA_ISSUER, label) };
    },
  );
}

/** The label an app shows for a user's device: "<user>@<alias or account ID>". */
export async function mfaLabel(userName: string): Promise<string> {
  const account = await readTx(readAccountRecord);
  return `${userName}@${account.accountAlias ?? account.accountId}`;
}

export function enableMFADevice(
  caller: Caller,
  userName: string,
  serialNumber: string,
  code1: string,
  code2: string,
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'EnableMFADevice', action: 'iam:EnableMFADevice', resource },
    async (call) => {
      const found = await readTx((tx) => readUser(tx, userName));
      await call.authorize({ action: 'iam:EnableMFADevice', resource: found?.arn ?? resource });
      await writeTx(async (tx) => {
        const user = await requireUser(tx, userName);
        const device = await readMfaDevice(tx, serialNumber);
        if (!device) throw noSuchMfaDevice(serialNumber);
        if (device.userKey) {
          throw new AwsError('EntityAlreadyExists', 'MFA Device is already in use.');
        }
        if ((await readMfaDevicesOf(tx, userName)).length >= CREDENTIAL_QUOTAS.mfaDevicesPerUser) {
          throw quotaExceeded('MFADevicesPerUser', CREDENTIAL_QUOTAS.mfaDevicesPerUser);
        }
        if (!consecutiveCodesMatch(device.base32StringSeed, code1, code2, call.nowMs)) {
          throw invalidAuthenticationCode();
        }
        await writeMfaDevice(
          tx,
          { ...device, userKey: user.key, userName: user.userName, enableDate: call.time },
          call.change,
        );
      });
    },
  );
}

export function listMFADevices(caller: Caller, userName: string): Promise<MfaDevice[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListMFADevices', action: 'iam:ListMFADevices', resource },
    async (call) => {
      const found = await readTx((tx) => readUser(tx, userName));
      await call.authorize({ action: 'iam:ListMFADevices', resource: found?.arn ?? resource });
      return readTx(async (tx) => {
        await requireUser(tx, userName);
        return (await readMfaDevicesOf(tx, userName)).map(toDevice);
      });
    },
  );
}

export function deactivateMFADevice(
  caller: Caller,
  userName: string,
  serialNumber: string,
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeactivateMFADevice',
      action: 'iam:DeactivateMFADevice',
      resource,
    },
    async (call) => {
      await call.authorize({ action: 'iam:DeactivateMFADevice', resource });
      await writeTx(async (tx) => {
        const user = await requireUser(tx, userName);
        const device = await readMfaDevice(tx, serialNumber);
        if (!device || device.userKey !== user.key) throw noSuchMfaDevice(serialNumber);
        const { userKey: _k, userName: _n, enableDate: _d, ...unassigned } = device;
        await writeMfaDevice(tx, unassigned, call.change);
      });
    },
  );
}

export function deleteVirtualMFADevice(caller: Caller, serialNumber: string): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeleteVirtualMFADevice',
      action: 'iam:DeleteVirtualMFADevice',
      resource: serialNumber,
    },
    async (call) => {
      await call.authorize({ action: 'iam:DeleteVirtualMFADevice', resource: serialNumber });
      await writeTx(async (tx) => {
        const device = await readMfaDevice(tx, serialNumber);
        if (!device) throw noSuchMfaDevice(serialNumber);
        if (device.userKey) {
          throw new AwsError('DeleteConflict', 'MFA device is still in use.');
        }
        await removeMfaDevice(tx, serialNumber, call.change);
      });
    },
  );
}

/** The console's "Remove": DeactivateMFADevice, then DeleteVirtualMFADevice, in one transaction. */
export function removeUserMfaDevice(
  caller: Caller,
  userName: string,
  serialNumber: string,
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeactivateMFADevice',
      action: 'iam:DeactivateMFADevice',
      resource,
    },
    async (call) => {
      await call.authorize({ action: 'iam:DeactivateMFADevice', resource });
      await call.authorize({
        action: 'iam:DeleteVirtualMFADevice',
        operation: 'DeleteVirtualMFADevice',
        resource: serialNumber,
      });
      await writeTx(async (tx) => {
        const user = await requireUser(tx, userName);
        const device = await readMfaDevice(tx, serialNumber);
        if (!device || device.userKey !== user.key) throw noSuchMfaDevice(serialNumber);
        await removeMfaDevice(tx, serialNumber, call.change);
      });
    },
  );
}
