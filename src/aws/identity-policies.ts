// The caller as the engine sees it: its principal and every identity-based policy in force, each
// labelled with its type and how it is attached ("Directly", "Group S3-Support", "Inline").

import type { PolicyInput, PolicySourceType, RequestPrincipal } from '@/iam';
import { readAllAttachments, readAttachmentsOf } from '@/storage/attachments';
import { readTx } from '@/storage/db';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readGroup } from '@/storage/groups';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readMembershipsOfUser } from '@/storage/memberships';
import type { LabReadTx } from '@/storage/schema';
import type { AttachmentRecord, PrincipalKind, UserRecord } from '@/storage/types';
import { readAllRoles } from '@/storage/roles';
import { readAllUsers, readUser } from '@/storage/users';
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
  policies: EffectivePolicy[];
  user?: UserRecord;
}

/** The engine's policy type for a console type label. */
function sourceType(policy: EffectivePolicy, kind: PrincipalKind): PolicySourceType {
  if (policy.type === 'Customer managed') return 'customer-managed';
  if (policy.type === 'Customer inline') return kind === 'group' ? 'inline-group' : 'inline-user';
  return 'aws-managed';
}

export function toPolicyInputs(policies: readonly EffectivePolicy[]): PolicyInput[] {
  return policies.map((policy) => {
    const input: PolicyInput = {
      document: policy.document,
      name: policy.policyName,
      type: sourceType(policy, policy.groupName ? 'group' : 'user'),
      attachedVia: policy.attachedVia,
    };
    if (policy.policyArn) input.arn = policy.policyArn;
    return input;
  });
}

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
  const arns = await readTx(async (tx) => {
    const used = new Set((await readAllAttachments(tx)).map((a) => a.policyArn));
    for (const u of await readAllUsers(tx))
      if (u.permissionsBoundary) used.add(u.permissionsBoundary);
    for (const r of await readAllRoles(tx))
      if (r.permissionsBoundary) used.add(r.permissionsBoundary);
    return [...used].filter((arn) => arn.startsWith('arn:aws:iam::aws:policy/'));
  });
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

/** Every policy in force on a user: inline, attached, then each group's. */
export async function userPolicies(
  tx: LabReadTx,
  catalog: AwsCatalog,
  userName: string,
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
    if (group) out.push(...(await groupPolicies(tx, catalog, group.groupName)));
  }
  return out;
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
    return { principal: { arn: caller.arn, id: caller.accountId }, policies: [] };
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
    return {
      principal: { arn: user.arn, id: user.userId, tags },
      policies: await userPolicies(tx, catalog, user.userName),
      user,
    };
  }
  // TODO(#4): role sessions (the role's policies, its boundary, session policies).
  throw new AwsError(
    'InvalidClientTokenId',
    'The security token included in the request is invalid.',
  );
}
