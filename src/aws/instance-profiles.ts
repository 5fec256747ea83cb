// EC2 instance profiles: CreateInstanceProfile, AddRoleToInstanceProfile,
// RemoveRoleFromInstanceProfile, DeleteInstanceProfile, ListInstanceProfilesForRole,
// ListInstanceProfiles.

import { readTx, writeTx } from '@/storage/db';
import { newUniqueId } from '@/storage/ids';
import {
  readAllInstanceProfiles,
  readInstanceProfile,
  readInstanceProfilesForRole,
  removeInstanceProfile,
  writeInstanceProfile,
} from '@/storage/instance-profiles';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabWriteTx } from '@/storage/schema';
import type { InstanceProfileRecord } from '@/storage/types';
import { instanceProfileArn, roleArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  QUOTAS,
  deleteConflict,
  instanceProfileExists,
  noSuchInstanceProfile,
  quotaExceeded,
} from './iam-errors';
import { requireModifiableRole, requireRole, roleResource } from './iam-roles';
import { checkInstanceProfileName, checkRoleName } from './names';
import type { InstanceProfile } from './types';

export function toInstanceProfile(record: InstanceProfileRecord): InstanceProfile {
  const { key: _key, ...profile } = record;
  return profile;
}

async function requireInstanceProfile(tx: LabWriteTx, name: string) {
  const profile = await readInstanceProfile(tx, name);
  if (!profile) throw noSuchInstanceProfile(name);
  return profile;
}

export async function applyCreateInstanceProfile(
  tx: LabWriteTx,
  meta: ChangeMeta,
  name: string,
): Promise<InstanceProfileRecord> {
  if (await readInstanceProfile(tx, name)) throw instanceProfileExists(name);
  if ((await tx.objectStore('instanceProfiles').count()) >= QUOTAS.instanceProfilesPerAccount) {
    throw quotaExceeded('InstanceProfilesPerAccount', QUOTAS.instanceProfilesPerAccount);
  }
  const profile: InstanceProfileRecord = {
    key: name.toLowerCase(),
    instanceProfileName: name,
    instanceProfileId: newUniqueId('AIPA'),
    arn: instanceProfileArn(name),
    path: '/',
    createDate: meta.time,
    roleNames: [],
    tags: [],
  };
  await writeInstanceProfile(tx, profile, { ...meta, operation: 'CreateInstanceProfile' });
  return profile;
}

export async function applyAddRoleToInstanceProfile(
  tx: LabWriteTx,
  meta: ChangeMeta,
  profileName: string,
  roleName: string,
): Promise<void> {
  const profile = await requireInstanceProfile(tx, profileName);
  const role = await requireModifiableRole(tx, roleName);
  if (profile.roleNames.length >= QUOTAS.rolesPerInstanceProfile) {
    throw quotaExceeded('InstanceSessionsPerInstanceProfile', QUOTAS.rolesPerInstanceProfile);
  }
  await writeInstanceProfile(
    tx,
    { ...profile, roleNames: [...profile.roleNames, role.roleName] },
    { ...meta, operation: 'AddRoleToInstanceProfile' },
  );
}

export async function applyRemoveRoleFromInstanceProfile(
  tx: LabWriteTx,
  meta: ChangeMeta,
  profileName: string,
  roleName: string,
): Promise<void> {
  const profile = await requireInstanceProfile(tx, profileName);
  const role = await requireRole(tx, roleName);
  const key = role.roleName.toLowerCase();
  if (!profile.roleNames.some((r) => r.toLowerCase() === key)) {
    throw new AwsError('NoSuchEntity', `The role with name ${roleName} cannot be found.`);
  }
  await writeInstanceProfile(
    tx,
    { ...profile, roleNames: profile.roleNames.filter((r) => r.toLowerCase() !== key) },
    { ...meta, operation: 'RemoveRoleFromInstanceProfile' },
  );
}

export async function applyDeleteInstanceProfile(
  tx: LabWriteTx,
  meta: ChangeMeta,
  name: string,
): Promise<void> {
  const profile = await requireInstanceProfile(tx, name);
  if (profile.roleNames.length > 0) throw deleteConflict.instanceProfile();
  await removeInstanceProfile(tx, name, { ...meta, operation: 'DeleteInstanceProfile' });
}

function profileCall<T>(
  caller: Caller,
  operation: string,
  name: string,
  body: (meta: ChangeMeta, authorize: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const action = `iam:${operation}`;
  const resource = instanceProfileArn(name);
  return runCall(caller, { service: 'iam', operation, action, resource }, async (call) => {
    checkInstanceProfileName(name);
    return body(call.change, async () => {
      await call.authorize({ action, resource });
    });
  });
}

export function createInstanceProfile(caller: Caller, name: string): Promise<InstanceProfile> {
  return profileCall(caller, 'CreateInstanceProfile', name, async (meta, authorize) => {
    await authorize();
    return toInstanceProfile(await writeTx((tx) => applyCreateInstanceProfile(tx, meta, name)));
  });
}

export function addRoleToInstanceProfile(caller: Caller, name: string, roleName: string) {
  return profileCall(caller, 'AddRoleToInstanceProfile', name, async (meta, authorize) => {
    checkRoleName(roleName);
    await authorize();
    await writeTx((tx) => applyAddRoleToInstanceProfile(tx, meta, name, roleName));
  });
}

export function removeRoleFromInstanceProfile(caller: Caller, name: string, roleName: string) {
  return profileCall(caller, 'RemoveRoleFromInstanceProfile', name, async (meta, authorize) => {
    checkRoleName(roleName);
    await authorize();
    await writeTx((tx) => applyRemoveRoleFromInstanceProfile(tx, meta, name, roleName));
  });
}

export function deleteInstanceProfile(caller: Caller, name: string) {
  return profileCall(caller, 'DeleteInstanceProfile', name, async (meta, authorize) => {
    await authorize();
    await writeTx((tx) => applyDeleteInstanceProfile(tx, meta, name));
  });
}

/** ListInstanceProfilesForRole: authorized on the role. */
export function listInstanceProfilesForRole(
  caller: Caller,
  roleName: string,
): Promise<InstanceProfile[]> {
  const operation = 'ListInstanceProfilesForRole';
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: roleArn(roleName) },
    async (call) => {
      checkRoleName(roleName);
      await call.authorize({ action, resource: await roleResource(roleName) });
      return readTx(async (tx) => {
        await requireRole(tx, roleName);
        return (await readInstanceProfilesForRole(tx, roleName)).map(toInstanceProfile);
      });
    },
  );
}

/**
 * ListInstanceProfiles: authorized on the path prefix, as IAM list calls are
 * (arn:aws:iam::123456789012:instance-profile/). The launch wizard's "IAM instance profile" list.
 */
export function listInstanceProfiles(caller: Caller): Promise<InstanceProfile[]> {
  const operation = 'ListInstanceProfiles';
  const action = `iam:${operation}`;
  const resource = instanceProfileArn('');
  return runCall(caller, { service: 'iam', operation, action, resource }, async (call) => {
    await call.authorize({ action, resource });
    const profiles = await readTx((tx) => readAllInstanceProfiles(tx));
    return profiles
      .sort((a, b) => a.instanceProfileName.localeCompare(b.instanceProfileName))
      .map(toInstanceProfile);
  });
}
