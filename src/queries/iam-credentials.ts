// A user's credentials: access keys, MFA devices, console password changes and tags.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as keys from '@/aws/iam-access-keys';
import * as mfa from '@/aws/iam-mfa';
import * as rootMfa from '@/aws/iam-root-mfa';
import * as tags from '@/aws/iam-tags';
import { updateLoginProfile, type UpdateLoginProfileInput } from '@/aws/iam-login-profiles';
import type { Tag } from '@/aws/types';
import { useIamMutation } from './use-iam-mutation';

export const accessKeysQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'access-keys', userName, caller.arn],
    queryFn: () => keys.listAccessKeys(caller, userName),
  });

/** A user's MFA devices; without a user name, the root user's own. */
export const mfaDevicesQuery = (caller: Caller, userName?: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'mfa-devices', userName ?? '<root>', caller.arn],
    queryFn: () =>
      userName === undefined
        ? rootMfa.listRootMfaDevices(caller)
        : mfa.listMFADevices(caller, userName),
  });

/** "Create access key": the key, its secret (once) and the optional description tag. */
export const useCreateAccessKey = () =>
  useIamMutation((v: { caller: Caller; userName: string; description: string }) =>
    keys.createAccessKeyWithDescription(v.caller, v.userName, v.description),
  );

export const useUpdateAccessKey = () =>
  useIamMutation(
    (v: { caller: Caller; userName: string; accessKeyId: string; status: 'Active' | 'Inactive' }) =>
      keys.updateAccessKey(v.caller, v.userName, v.accessKeyId, v.status),
  );

export const useDeleteAccessKey = () =>
  useIamMutation((v: { caller: Caller; userName: string; accessKeyId: string }) =>
    keys.deleteAccessKey(v.caller, v.userName, v.accessKeyId),
  );

/** Step 2 of "Assign MFA device": a new device with its seed and QR text. */
export const useCreateVirtualMfaDevice = () =>
  useIamMutation(async (v: { caller: Caller; userName?: string; deviceName: string }) =>
    mfa.createVirtualMFADevice(v.caller, v.deviceName, await mfa.mfaLabel(v.userName ?? 'root')),
  );

/** "Add MFA": for a user, or (no user name) for the root user. */
export const useEnableMfaDevice = () =>
  useIamMutation(
    (v: {
      caller: Caller;
      userName?: string;
      serialNumber: string;
      code1: string;
      code2: string;
    }) =>
      v.userName === undefined
        ? rootMfa.enableRootMfaDevice(v.caller, v.serialNumber, v.code1, v.code2)
        : mfa.enableMFADevice(v.caller, v.userName, v.serialNumber, v.code1, v.code2),
  );

/** Cancelling the set-up step deletes the device it created. */
export const useDeleteVirtualMfaDevice = () =>
  useIamMutation((v: { caller: Caller; serialNumber: string }) =>
    mfa.deleteVirtualMFADevice(v.caller, v.serialNumber),
  );

export const useRemoveMfaDevice = () =>
  useIamMutation((v: { caller: Caller; userName?: string; serialNumber: string }) =>
    v.userName === undefined
      ? rootMfa.removeRootMfaDevice(v.caller, v.serialNumber)
      : mfa.removeUserMfaDevice(v.caller, v.userName, v.serialNumber),
  );

export const useUpdateLoginProfile = () =>
  useIamMutation((v: { caller: Caller } & UpdateLoginProfileInput) => {
    const { caller, ...input } = v;
    return updateLoginProfile(caller, input);
  });

export const useUpdateUserTags = () =>
  useIamMutation((v: { caller: Caller; userName: string; tags: Tag[]; original?: Tag[] }) =>
    tags.updateUserTags(v.caller, v.userName, v.tags, v.original),
  );
