// The root user's own MFA device ("My security credentials" as root): list, assign, remove. Only
// the root user manages it; IAM users cannot, whatever their policies say.

import { readTx, writeTx } from '@/storage/db';
import { ROOT_ARN } from '@/storage/lab-constants';
import {
  readMfaDevice,
  readMfaDevicesOf,
  removeMfaDevice,
  writeMfaDevice,
} from '@/storage/mfa-devices';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  CREDENTIAL_QUOTAS,
  invalidAuthenticationCode,
  noSuchMfaDevice,
  quotaExceeded,
} from './iam-errors';
import { consecutiveCodesMatch, type MfaDevice } from './iam-mfa';

/** The owner key root's devices are stored under (no IAM user can have this name). */
export const ROOT_MFA_KEY = '<root_account>';

function requireRoot(caller: Caller): void {
  if (caller.kind !== 'root') {
    throw new AwsError(
      'AccessDenied',
      `User: ${caller.arn} is not authorized to manage the MFA device of the root user.`,
    );
  }
}

export function listRootMfaDevices(caller: Caller): Promise<MfaDevice[]> {
  const spec = { action: 'iam:ListMFADevices', resource: ROOT_ARN };
  return runCall(caller, { service: 'iam', operation: 'ListMFADevices', ...spec }, async (call) => {
    requireRoot(caller);
    await call.authorize(spec);
    const devices = await readTx((tx) => readMfaDevicesOf(tx, ROOT_MFA_KEY));
    return devices.map((d) => ({
      userName: 'root',
      serialNumber: d.serialNumber,
      deviceName: d.deviceName,
      enableDate: d.enableDate ?? d.createDate,
    }));
  });
}

export function enableRootMfaDevice(
  caller: Caller,
  serialNumber: string,
  code1: string,
  code2: string,
): Promise<void> {
  const spec = { action: 'iam:EnableMFADevice', resource: ROOT_ARN };
  return runCall(
    caller,
    { service: 'iam', operation: 'EnableMFADevice', ...spec },
    async (call) => {
      requireRoot(caller);
      await call.authorize(spec);
      await writeTx(async (tx) => {
        const device = await readMfaDevice(tx, serialNumber);
        if (!device) throw noSuchMfaDevice(serialNumber);
        if (device.userKey)
          throw new AwsError('EntityAlreadyExists', 'MFA Device is already in use.');
        const count = (await readMfaDevicesOf(tx, ROOT_MFA_KEY)).length;
        if (count >= CREDENTIAL_QUOTAS.mfaDevicesPerUser) {
          throw quotaExceeded('MFADevicesPerUser', CREDENTIAL_QUOTAS.mfaDevicesPerUser);
        }
        if (!consecutiveCodesMatch(device.base32StringSeed, code1, code2, call.nowMs)) {
          throw invalidAuthenticationCode();
        }
        await writeMfaDevice(
          tx,
          { ...device, userKey: ROOT_MFA_KEY, enableDate: call.time },
          call.change,
        );
      });
    },
  );
}

export function removeRootMfaDevice(caller: Caller, serialNumber: string): Promise<void> {
  const spec = { action: 'iam:DeactivateMFADevice', resource: ROOT_ARN };
  return runCall(
    caller,
    { service: 'iam', operation: 'DeactivateMFADevice', ...spec },
    async (call) => {
      requireRoot(caller);
      await call.authorize(spec);
      await call.authorize({
        action: 'iam:DeleteVirtualMFADevice',
        operation: 'DeleteVirtualMFADevice',
        resource: serialNumber,
      });
      await writeTx(async (tx) => {
        const device = await readMfaDevice(tx, serialNumber);
        if (!device || device.userKey !== ROOT_MFA_KEY) throw noSuchMfaDevice(serialNumber);
        await removeMfaDevice(tx, serialNumber, call.change);
      });
    },
  );
}
