// The caller as the engine sees it: its principal and every identity-based policy in force, each
// labelled with its type and how it is attached ("Directly", "Group S3-Support", "Inline").

import type { PolicyInput, PolicySourceType, RequestPrincipal } from '@/iam';
import { readAttachmentsOf, readPolicyArnsInUse } from '@/storage/attachments';
import { readTx } from '@/storage/db';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readGroup } from '@/storage/groups';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readMembershipsOfUser } from '@/storage/memberships';
import type { LabReadTx } from '@/storage/schema';
import { readRole } from '@/storage/roles';
import type { AttachmentRecord, PrincipalKind, RoleRecord, UserRecord } from '@/storage/types';
import { readUser } from '@/storage/users';
import { AwsError } from './aws-error';
import {
  awsManagedPoliciesWithDocuments,
  type AwsManagedPolicy,
  type PolicyTypeLabel,
} from './aws-managed-policies';
import type { Caller } from './caller';

/** A policy in force on an identity, as the console's Permissions tab lists it. */
export interface EffectivePolicy {
  policyName: string;
  /** Absent for inline policies. */
  policyArn?: string;
  type: PolicyTypeLabel;
  /** "Directly", "Inline", or "Group <name>". */
  attachedVia: string;
  /** For policies that come through a group. */
  groupName?: string;
  document: string;
}

export interface ResolvedCaller {
  principal: RequestPrincipal;
  /** Whose policies: a user's (with its groups') or a role's. */
  kind: 'user' | 'role';
  policies: EffectivePolicy[];
  /** The user's or role's permissions boundary, when it has one. */
  boundary?: EffectivePolicy;
  user?: UserRecord;
  role?: RoleRecord;
}

/** The engine's policy type for a console type label. */
function sourceType(policy: EffectivePolicy, kind: PrincipalKind): PolicySourceType {
  if (policy.type === 'Customer managed') return 'customer-managed';
  if (policy.type === 'Customer inline') return `inline-${kind}`;
  return 'aws-managed';
}

/** The engine's inputs for a user's (default) or a role's policies. */
export function toPolicyInputs(
  policies: readonly EffectivePolicy[],
  owner: 'user' | 'role' = 'user',
): PolicyInput[] {
  return policies.map((policy) => {
    const input: PolicyInput = {
      document: policy.document,
      name: policy.policyName,
      type: sourceType(policy, policy.groupName ? 'group' : owner),
      attachedVia: policy.attachedVia,
    };
    if (policy.policyArn) input.arn = policy.policyArn;
    return input;
  });
}

/** A permissions boundary as the engine takes it. */
export function toBoundaryInput(boundary: EffectivePolicy): PolicyInput {
  const input: PolicyInput = {
    document: boundary.document,
    name: boundary.policyName,
    type: 'boundary',
  };
  if (boundary.policyArn) input.arn = boundary.policyArn;
  return input;
}

/** The AWS managed catalog, loaded before the transaction (a transaction cannot wait on it). */
/**
 * The AWS managed policies in use, with their documents, loaded before the transaction (a
 * transaction cannot wait on it).
 */
export type AwsCatalog = ReadonlyMap<string, AwsManagedPolicy>;

/**
 * Every AWS managed policy attached to an identity or set as a permissions boundary, with its
 * default document: what the engine may need, without loading the whole catalog.
 */
export async function loadAttachedAwsCatalog(): Promise<AwsCatalog> {
  const arns = await readTx(async (tx) => [
    ...(await readPolicyArnsInUse(tx, 'arn:aws:iam::aws:policy/')),
  ]);
  return awsManagedPoliciesWithDocuments(arns);
}

async function managedPolicies(
  tx: LabReadTx,
  catalog: AwsCatalog,
  attachments: readonly AttachmentRecord[],
  attachedVia: string,
  groupName?: string,
): Promise<EffectivePolicy[]> {
  const out: EffectivePolicy[] = [];
  for (const attachment of attachments) {
    const base = { policyArn: attachment.policyArn, attachedVia, ...(groupName && { groupName }) };
    const customer = await readCustomerPolicy(tx, attachment.policyArn);
    if (customer) {
      const version = customer.versions.find((v) => v.versionId === customer.defaultVersionId);
      out.push({
        ...base,
        policyName: customer.policyName,
        type: 'Customer managed',
        document: version?.document ?? '{}',
      });
      continue;
    }
    const aws = catalog.get(attachment.policyArn);
    // A policy the lab's catalog does not hold (a service-role policy) grants nothing here.
    if (aws)
      out.push({ ...base, policyName: aws.policyName, type: aws.type, document: aws.document });
  }
  return out;
}

/**
 * Every policy in force on a user: inline, attached, then each group's. `groupPoliciesOf` lets a
 * caller reading many users read each group's policies once.
 */
export async function userPolicies(
  tx: LabReadTx,
  catalog: AwsCatalog,
  userName: string,
  groupPoliciesOf: (groupName: string) => Promise<EffectivePolicy[]> = (name) =>
    groupPolicies(tx, catalog, name),
): Promise<EffectivePolicy[]> {
  const inline = await readInlinePoliciesOf(tx, 'user', userName);
  const out: EffectivePolicy[] = inline.map((p) => ({
    policyName: p.policyName,
    type: 'Customer inline',
    attachedVia: 'Inline',
    document: p.document,
  }));
  out.push(
    ...(await managedPolicies(
      tx,
      catalog,
      await readAttachmentsOf(tx, 'user', userName),
      'Directly',
    )),
  );
  for (const membership of await readMembershipsOfUser(tx, userName)) {
    const group = await readGroup(tx, membership.groupKey);
    if (group) out.push(...(await groupPoliciesOf(group.groupName)));
  }
  return out;
}

/** Every policy of a role: inline, then attached. */
export async function rolePolicies(
  tx: LabReadTx,
  catalog: AwsCatalog,
  roleName: string,
): Promise<EffectivePolicy[]> {
  const inline = await readInlinePoliciesOf(tx, 'role', roleName);
  const out: EffectivePolicy[] = inline.map((p) => ({
    policyName: p.policyName,
    type: 'Customer inline',
    attachedVia: 'Inline',
    document: p.document,
  }));
  const attached = await readAttachmentsOf(tx, 'role', roleName);
  out.push(...(await managedPolicies(tx, catalog, attached, 'Directly')));
  return out;
}

/** The managed policy set as a permissions boundary, if any and if it still exists. */
export async function boundaryPolicy(
  tx: LabReadTx,
  catalog: AwsCatalog,
  boundaryArn: string | undefined,
): Promise<EffectivePolicy | undefined> {
  if (!boundaryArn) return undefined;
  const attachment: AttachmentRecord = {
    principalKind: 'user',
    principalKey: '',
    policyArn: boundaryArn,
    createDate: '',
  };
  const [found] = await managedPolicies(tx, catalog, [attachment], 'Permissions boundary');
  // A boundary whose policy is gone allows nothing: keep it, with no statements.
  return (
    found ?? {
      policyName: boundaryArn.split('/').pop() ?? boundaryArn,
      policyArn: boundaryArn,
      type: 'AWS managed',
      attachedVia: 'Permissions boundary',
      document: '{"Version":"2012-10-17","Statement":[]}',
    }
  );
}

/** Every policy attached to or embedded in a group, labelled "Group <name>". */
export async function groupPolicies(
  tx: LabReadTx,
  catalog: AwsCatalog,
  groupName: string,
): Promise<EffectivePolicy[]> {
  const via = `Group ${groupName}`;
  const inline = await readInlinePoliciesOf(tx, 'group', groupName);
  const out: EffectivePolicy[] = inline.map((p) => ({
    policyName: p.policyName,
    type: 'Customer inline',
    attachedVia: via,
    groupName,
    document: p.document,
  }));
  const attached = await readAttachmentsOf(tx, 'group', groupName);
  out.push(...(await managedPolicies(tx, catalog, attached, via, groupName)));
  return out;
}

/** The caller's principal and policies. A deleted user's credentials no longer work. */
export async function resolveCaller(
  tx: LabReadTx,
  catalog: AwsCatalog,
  caller: Caller,
): Promise<ResolvedCaller> {
  if (caller.kind === 'root') {
    return { principal: { arn: caller.arn, id: caller.accountId }, kind: 'user', policies: [] };
  }
  if (caller.kind === 'user') {
    const user = await readUser(tx, caller.userName);
    if (!user) {
      throw new AwsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
    }
    const tags = Object.fromEntries(user.tags.map((t) => [t.Key, t.Value]));
    const boundary = await boundaryPolicy(tx, catalog, user.permissionsBoundary);
    return {
      principal: { arn: user.arn, id: user.userId, tags },
      kind: 'user',
      policies: await userPolicies(tx, catalog, user.userName),
      ...(boundary && { boundary }),
      user,
    };
  }
  // A role session carries the role's policies and boundary; a deleted role ends its sessions.
  const role = await readRole(tx, caller.roleName);
  if (!role || role.arn !== caller.roleArn) {
    throw new AwsError(
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
    );
  }
  const tags = Object.fromEntries(role.tags.map((t) => [t.Key, t.Value]));
  const boundary = await boundaryPolicy(tx, catalog, role.permissionsBoundary);
  return {
    principal: {
      arn: caller.arn,
      id: `${role.roleId}:${caller.sessionName}`,
      roleArn: role.arn,
      tags,
    },
    kind: 'role',
    policies: await rolePolicies(tx, catalog, role.roleName),
    ...(boundary && { boundary }),
    role,
  };
}
