// The whole account's principals with the engine's inputs (GetAccountAuthorizationDetails without
// the call): from the page's connection, or from a Web Worker's own look at the lab's database.

import { readCurrentLabId } from '@/storage/db';
import { readLabDb } from '@/storage/read-lab-db';
import { labDbName, type LabReadTx } from '@/storage/schema';
import { storageHealth } from '@/storage/storage-health';
import {
  readAccountSnapshot,
  readAccountSnapshotWith,
  type AccountSnapshot,
  type ManagedPolicyLoader,
} from './account-snapshot';
import { toBoundaryInput, toPolicyInputs } from './identity-policies';
import type { AuthorizationDetails, PrincipalDetails } from './principal-request';

const tagsOf = (tags: ReadonlyArray<{ Key: string; Value: string }>) =>
  Object.fromEntries(tags.map((t) => [t.Key, t.Value]));

/**
 * Every user, group and role with the engine's inputs, and the SCPs: read as the lab, in one
 * transaction (one getAll per store) and joined in memory.
 */
export async function readDetails(): Promise<AuthorizationDetails> {
  return detailsOf(await readAccountSnapshot());
}

function detailsOf(lab: AccountSnapshot): AuthorizationDetails {
  const principals: PrincipalDetails[] = [];
  for (const user of lab.users) {
    const boundary = lab.boundaryOf(user.permissionsBoundary);
    principals.push({
      kind: 'user',
      name: user.userName,
      arn: user.arn,
      principal: { arn: user.arn, id: user.userId, tags: tagsOf(user.tags) },
      identityPolicies: toPolicyInputs(lab.userPolicies(user)),
      ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
      groupNames: lab.groupNamesOf(user),
    });
  }
  for (const group of lab.groups) {
    principals.push({
      kind: 'group',
      name: group.groupName,
      arn: group.arn,
      principal: { arn: group.arn, id: group.groupId },
      identityPolicies: toPolicyInputs(lab.groupPolicies(group)),
    });
  }
  for (const role of lab.roles) {
    const boundary = lab.boundaryOf(role.permissionsBoundary);
    principals.push({
      kind: 'role',
      name: role.roleName,
      arn: role.arn,
      principal: { arn: role.arn, id: role.roleId, roleArn: role.arn, tags: tagsOf(role.tags) },
      identityPolicies: toPolicyInputs(lab.rolePolicies(role), 'role'),
      ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
      ...(role.serviceLinkedService && { serviceLinked: true }),
    });
  }
  const bucketPolicies: Record<string, string> = {};
  for (const bucket of lab.buckets) {
    if (bucket.policy) bucketPolicies[bucket.name] = bucket.policy;
  }
  const trustPolicies = Object.fromEntries(
    lab.roles.map((role) => [role.arn, role.assumeRolePolicyDocument]),
  );
  const { serviceControlPolicies } = lab;
  return { principals, serviceControlPolicies, bucketPolicies, trustPolicies };
}

/**
 * The current lab's database name, for a worker to read it on its own; undefined while the lab
 * lives in this page's memory only (a worker cannot see it there).
 */
export async function currentLabDbName(): Promise<string | undefined> {
  const labId = await readCurrentLabId();
  return storageHealth().saving ? labDbName(labId) : undefined;
}

/**
 * readDetails through a connection of the caller's own to the lab database `dbName` (a Web
 * Worker's), with the AWS managed policies from `loadManaged` (the page, which has them loaded).
 */
export async function readDetailsFromDb(
  dbName: string,
  loadManaged: ManagedPolicyLoader,
): Promise<AuthorizationDetails> {
  const read = <T>(work: (tx: LabReadTx) => Promise<T>) => readLabDb(dbName, work);
  return detailsOf(await readAccountSnapshotWith(read, loadManaged));
}
