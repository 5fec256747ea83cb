// Managed policies: ListPolicies, GetPolicy, GetPolicyVersion, ListEntitiesForPolicy. Creating,
// versioning and deleting customer managed policies is in customer-policies.ts.

import { readAllAttachments, readAttachmentsOfPolicy } from '@/storage/attachments';
import { readAllCustomerPolicies, readCustomerPolicy } from '@/storage/customer-policies';
import { readTx } from '@/storage/db';
import { readGroup } from '@/storage/groups';
import { readAllRoles, readRole } from '@/storage/roles';
import type { LabReadTx } from '@/storage/schema';
import { readAllUsers, readUser } from '@/storage/users';
import { iamListArn } from './arns';
import {
  awsManagedPolicies,
  awsManagedPoliciesWithDocuments,
  type AwsManagedPolicySummary,
} from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  boundaryUsesOf,
  policyErrors,
  toManagedPolicy,
  type PolicyUsageCounts,
} from './customer-policies';
import { noSuchPolicy } from './iam-errors';
import type { ManagedPolicy, PolicyEntities, PolicyVersion } from './types';

/** ListPolicies' Scope: All, AWS (AWS managed) or Local (customer managed). */
export type PolicyScope = 'All' | 'AWS' | 'Local';

export interface ListPoliciesOptions {
  scope?: PolicyScope;
  /** Only policies attached to at least one identity. */
  onlyAttached?: boolean;
}

function fromAws(policy: AwsManagedPolicySummary, usage: PolicyUsageCounts): ManagedPolicy {
  return {
    ...policy,
    attachmentCount: usage.attachments,
    permissionsBoundaryUsageCount: usage.boundaries,
    isAttachable: true,
  };
}

/** Per policy ARN: attachments as a permissions policy, and uses as a permissions boundary. */
async function usageCounts(tx: LabReadTx): Promise<(arn: string) => PolicyUsageCounts> {
  const attachments = new Map<string, number>();
  const boundaries = new Map<string, number>();
  const add = (map: Map<string, number>, arn: string) => map.set(arn, (map.get(arn) ?? 0) + 1);
  for (const a of await readAllAttachments(tx)) add(attachments, a.policyArn);
  for (const u of await readAllUsers(tx))
    if (u.permissionsBoundary) add(boundaries, u.permissionsBoundary);
  for (const r of await readAllRoles(tx))
    if (r.permissionsBoundary) add(boundaries, r.permissionsBoundary);
  return (arn) => ({
    attachments: attachments.get(arn) ?? 0,
    boundaries: boundaries.get(arn) ?? 0,
  });
}

export function listPolicies(
  caller: Caller,
  options: ListPoliciesOptions = {},
): Promise<ManagedPolicy[]> {
  const resource = iamListArn('policy');
  return runCall(
    caller,
    { service: 'iam', operation: 'ListPolicies', action: 'iam:ListPolicies', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListPolicies', resource });
      const scope = options.scope ?? 'All';
      const catalog = await awsManagedPolicies();
      const { customer, counts } = await readTx(async (tx) => ({
        customer: await readAllCustomerPolicies(tx),
        counts: await usageCounts(tx),
      }));
      const out: ManagedPolicy[] = [];
      if (scope !== 'Local') {
        for (const p of catalog.values()) out.push(fromAws(p, counts(p.arn)));
      }
      if (scope !== 'AWS') {
        for (const p of customer) out.push(toManagedPolicy(p, counts(p.arn)));
      }
      return out
        .filter(
          (p) => !options.onlyAttached || p.attachmentCount + p.permissionsBoundaryUsageCount > 0,
        )
        .sort((a, b) => a.policyName.localeCompare(b.policyName));
    },
  );
}

export function getPolicy(caller: Caller, policyArn: string): Promise<ManagedPolicy> {
  return runCall(
    caller,
    { service: 'iam', operation: 'GetPolicy', action: 'iam:GetPolicy', resource: policyArn },
    async (call) => {
      await call.authorize({ action: 'iam:GetPolicy', resource: policyArn });
      const aws = (await awsManagedPolicies()).get(policyArn);
      return readTx(async (tx) => {
        const boundary = await boundaryUsesOf(tx, policyArn);
        const count = {
          attachments: (await readAttachmentsOfPolicy(tx, policyArn)).length,
          boundaries: boundary.users.length + boundary.roles.length,
        };
        if (aws) return fromAws(aws, count);
        const customer = await readCustomerPolicy(tx, policyArn);
        if (!customer) throw noSuchPolicy(policyArn);
        return toManagedPolicy(customer, count);
      });
    },
  );
}

/** A version's document. For AWS managed policies only the default version is held. */
export function getPolicyVersion(
  caller: Caller,
  policyArn: string,
  versionId: string,
): Promise<PolicyVersion> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'GetPolicyVersion',
      action: 'iam:GetPolicyVersion',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:GetPolicyVersion', resource: policyArn });
      const aws = (await awsManagedPoliciesWithDocuments([policyArn])).get(policyArn);
      const noVersion = () => policyErrors.noVersion(policyArn, versionId);
      if (aws) {
        if (aws.defaultVersionId !== versionId) throw noVersion();
        return {
          versionId,
          document: aws.document,
          isDefaultVersion: true,
          createDate: aws.updateDate,
        };
      }
      const customer = await readTx((tx) => readCustomerPolicy(tx, policyArn));
      if (!customer) throw noSuchPolicy(policyArn);
      const version = customer.versions.find((v) => v.versionId === versionId);
      if (!version) throw noVersion();
      return { ...version };
    },
  );
}

/** ListEntitiesForPolicy's PolicyUsageFilter: attached as a permissions policy, or as a boundary. */
export type PolicyUsage = 'PermissionsPolicy' | 'PermissionsBoundary';

/** ListEntitiesForPolicy. Without a PolicyUsageFilter both uses are listed, as in AWS. */
export function listEntitiesForPolicy(
  caller: Caller,
  policyArn: string,
  usage?: PolicyUsage,
): Promise<PolicyEntities> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'ListEntitiesForPolicy',
      action: 'iam:ListEntitiesForPolicy',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:ListEntitiesForPolicy', resource: policyArn });
      const known = (await awsManagedPolicies()).has(policyArn);
      return readTx(async (tx) => {
        if (!known && !(await readCustomerPolicy(tx, policyArn))) throw noSuchPolicy(policyArn);
        const out: PolicyEntities = { policyUsers: [], policyGroups: [], policyRoles: [] };
        if (usage !== 'PermissionsPolicy') {
          // Groups cannot have a permissions boundary.
          const uses = await boundaryUsesOf(tx, policyArn);
          out.policyUsers = uses.users.map((u) => ({ userName: u.userName, userId: u.userId }));
          out.policyRoles = uses.roles.map((r) => ({ roleName: r.roleName, roleId: r.roleId }));
          if (usage === 'PermissionsBoundary') return out;
        }
        for (const a of await readAttachmentsOfPolicy(tx, policyArn)) {
          if (a.principalKind === 'user') {
            const u = await readUser(tx, a.principalKey);
            if (u) out.policyUsers.push({ userName: u.userName, userId: u.userId });
          } else if (a.principalKind === 'group') {
            const g = await readGroup(tx, a.principalKey);
            if (g) out.policyGroups.push({ groupName: g.groupName, groupId: g.groupId });
          } else {
            const r = await readRole(tx, a.principalKey);
            if (r) out.policyRoles.push({ roleName: r.roleName, roleId: r.roleId });
          }
        }
        return out;
      });
    },
  );
}
