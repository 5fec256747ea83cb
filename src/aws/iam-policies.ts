// Managed policies: ListPolicies, GetPolicy, GetPolicyVersion, ListEntitiesForPolicy.
// TODO(#4): CreatePolicy, CreatePolicyVersion, SetDefaultPolicyVersion, DeletePolicy.

import { readAllAttachments, readAttachmentsOfPolicy } from '@/storage/attachments';
import { readAllCustomerPolicies, readCustomerPolicy } from '@/storage/customer-policies';
import { readTx } from '@/storage/db';
import { readGroup } from '@/storage/groups';
import { readAllRoles, readRole } from '@/storage/roles';
import type { LabReadTx } from '@/storage/schema';
import type { CustomerPolicyRecord } from '@/storage/types';
import { readAllUsers, readUser } from '@/storage/users';
import { iamListArn } from './arns';
import { AwsError } from './aws-error';
import { awsManagedPolicies, type AwsManagedPolicy } from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchPolicy } from './iam-errors';
import type { ManagedPolicy, PolicyEntities, PolicyVersion } from './types';

/** ListPolicies' Scope: All, AWS (AWS managed) or Local (customer managed). */
export type PolicyScope = 'All' | 'AWS' | 'Local';

export interface ListPoliciesOptions {
  scope?: PolicyScope;
  /** Only policies attached to at least one identity. */
  onlyAttached?: boolean;
}

function fromAws(policy: AwsManagedPolicy, attachmentCount: number): ManagedPolicy {
  const { document: _document, ...rest } = policy;
  return { ...rest, attachmentCount, isAttachable: true };
}

function fromCustomer(policy: CustomerPolicyRecord, attachmentCount: number): ManagedPolicy {
  return {
    policyName: policy.policyName,
    arn: policy.arn,
    path: policy.path,
    type: 'Customer managed',
    description: policy.description,
    defaultVersionId: policy.defaultVersionId,
    attachmentCount,
    isAttachable: true,
    createDate: policy.createDate,
    updateDate: policy.updateDate,
  };
}

async function attachmentCounts(tx: LabReadTx): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const a of await readAllAttachments(tx)) {
    counts.set(a.policyArn, (counts.get(a.policyArn) ?? 0) + 1);
  }
  return counts;
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
        counts: await attachmentCounts(tx),
      }));
      const out: ManagedPolicy[] = [];
      if (scope !== 'Local') {
        for (const p of catalog.values()) out.push(fromAws(p, counts.get(p.arn) ?? 0));
      }
      if (scope !== 'AWS') {
        for (const p of customer) out.push(fromCustomer(p, counts.get(p.arn) ?? 0));
      }
      return out
        .filter((p) => !options.onlyAttached || p.attachmentCount > 0)
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
        const count = (await readAttachmentsOfPolicy(tx, policyArn)).length;
        if (aws) return fromAws(aws, count);
        const customer = await readCustomerPolicy(tx, policyArn);
        if (!customer) throw noSuchPolicy(policyArn);
        return fromCustomer(customer, count);
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
      const aws = (await awsManagedPolicies()).get(policyArn);
      const noVersion = () =>
        new AwsError('NoSuchEntity', `Policy ${policyArn} version ${versionId} does not exist.`);
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

/** ListEntitiesForPolicy's PolicyUsageFilter; without it, both uses are listed, as in AWS. */
export type PolicyUsage = 'PermissionsPolicy' | 'PermissionsBoundary';

export function listEntitiesForPolicy(
  caller: Caller,
  policyArn: string,
  policyUsageFilter?: PolicyUsage,
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
        if (policyUsageFilter !== 'PermissionsPolicy') {
          // Groups cannot have a permissions boundary.
          for (const u of await readAllUsers(tx)) {
            if (u.permissionsBoundaryArn === policyArn) {
              out.policyUsers.push({ userName: u.userName, userId: u.userId });
            }
          }
          for (const r of await readAllRoles(tx)) {
            if (r.permissionsBoundaryArn === policyArn) {
              out.policyRoles.push({ roleName: r.roleName, roleId: r.roleId });
            }
          }
        }
        if (policyUsageFilter === 'PermissionsBoundary') return out;
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
