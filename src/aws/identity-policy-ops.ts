// Managed-policy attachments and inline policies, shared by users and groups (and, in issue 4,
// roles): the AWS operations differ only in names, ARNs and quotas.

import { readAttachmentsOf, removeAttachment, writeAttachment } from '@/storage/attachments';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readTx, writeTx } from '@/storage/db';
import {
  readInlinePolicy,
  readInlinePoliciesOf,
  removeInlinePolicy,
  writeInlinePolicy,
} from '@/storage/inline-policies';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import { AwsError } from './aws-error';
import { awsManagedPolicies } from './aws-managed-policies';
import { groupArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  QUOTAS,
  noSuchInlinePolicy,
  noSuchPolicy,
  notAttachable,
  quotaExceeded,
} from './iam-errors';
import { requireGroup } from './iam-groups';
import { requireUser } from './iam-users';
import type { AwsCatalog } from './identity-policies';
import { checkGroupName, checkPolicyName, checkUserName } from './names';
import { checkPolicyDocument } from './policy-documents';
import type { AttachedPolicy, InlinePolicy } from './types';

export type IdentityKind = 'user' | 'group';

interface KindRules {
  /** "User" / "Group", as in the operation names. */
  word: string;
  arn: (name: string) => string;
  require: (tx: LabReadTx, name: string) => Promise<{ arn: string }>;
  checkName: (name: string) => void;
  policiesQuota: readonly [string, number];
  inlineSizeMax: number;
}

const RULES: Record<IdentityKind, KindRules> = {
  user: {
    word: 'User',
    arn: userArn,
    require: requireUser,
    checkName: checkUserName,
    policiesQuota: ['PoliciesPerUser', QUOTAS.policiesPerUser],
    inlineSizeMax: QUOTAS.userInlineSize,
  },
  group: {
    word: 'Group',
    arn: groupArn,
    require: requireGroup,
    checkName: checkGroupName,
    policiesQuota: ['PoliciesPerGroup', QUOTAS.policiesPerGroup],
    inlineSizeMax: QUOTAS.groupInlineSize,
  },
};

async function identityArn(kind: IdentityKind, name: string): Promise<string> {
  const found = await readTx((tx) => RULES[kind].require(tx, name).catch(() => undefined));
  return found?.arn ?? RULES[kind].arn(name);
}

/** Whether a managed policy exists (customer, or in the AWS catalog). */
async function policyExists(tx: LabReadTx, catalog: AwsCatalog, policyArn: string) {
  return catalog.has(policyArn) || (await readCustomerPolicy(tx, policyArn)) !== undefined;
}

/** Attaches inside a transaction; `catalog` comes from awsManagedPolicies(), loaded before it. */
export async function applyAttachPolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  catalog: AwsCatalog,
  kind: IdentityKind,
  name: string,
  policyArn: string,
): Promise<void> {
  const rules = RULES[kind];
  await rules.require(tx, name);
  if (!(await policyExists(tx, catalog, policyArn))) throw notAttachable(policyArn);
  const attached = await readAttachmentsOf(tx, kind, name);
  // Attaching twice succeeds and changes nothing, as on AWS.
  if (attached.some((a) => a.policyArn === policyArn)) return;
  const [quota, max] = rules.policiesQuota;
  if (attached.length >= max) throw quotaExceeded(quota, max);
  await writeAttachment(
    tx,
    { principalKind: kind, principalKey: name.toLowerCase(), policyArn, createDate: meta.time },
    { ...meta, operation: `Attach${rules.word}Policy` },
  );
}

export function attachPolicy(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyArn: string,
): Promise<void> {
  const rules = RULES[kind];
  const operation = `Attach${rules.word}Policy`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      rules.checkName(name);
      const resource = await identityArn(kind, name);
      await call.authorize({ action, resource, context: { 'iam:PolicyARN': policyArn } });
      const catalog = await awsManagedPolicies();
      await writeTx((tx) => applyAttachPolicy(tx, call.change, catalog, kind, name, policyArn));
    },
  );
}

export async function applyDetachPolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  kind: IdentityKind,
  name: string,
  policyArn: string,
): Promise<void> {
  const rules = RULES[kind];
  await rules.require(tx, name);
  const removed = await removeAttachment(tx, kind, name, policyArn, {
    ...meta,
    operation: `Detach${rules.word}Policy`,
  });
  if (!removed) throw noSuchPolicy(policyArn);
}

export function detachPolicy(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyArn: string,
): Promise<void> {
  const rules = RULES[kind];
  const operation = `Detach${rules.word}Policy`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      const resource = await identityArn(kind, name);
      await call.authorize({ action, resource, context: { 'iam:PolicyARN': policyArn } });
      await writeTx((tx) => applyDetachPolicy(tx, call.change, kind, name, policyArn));
    },
  );
}

export function listAttachedPolicies(
  caller: Caller,
  kind: IdentityKind,
  name: string,
): Promise<AttachedPolicy[]> {
  const rules = RULES[kind];
  const operation = `ListAttached${rules.word}Policies`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      await call.authorize({ action, resource: await identityArn(kind, name) });
      const catalog = await awsManagedPolicies();
      return readTx(async (tx) => {
        await rules.require(tx, name);
        const out: AttachedPolicy[] = [];
        for (const a of await readAttachmentsOf(tx, kind, name)) {
          const customer = await readCustomerPolicy(tx, a.policyArn);
          const policyName =
            customer?.policyName ??
            catalog.get(a.policyArn)?.policyName ??
            a.policyArn.split('/').pop();
          out.push({ policyName: policyName ?? a.policyArn, policyArn: a.policyArn });
        }
        return out.sort((x, y) => x.policyName.localeCompare(y.policyName));
      });
    },
  );
}

/** Checks a document and the identity's inline size total after the save, before the transaction. */
async function prepareInlinePolicy(
  kind: IdentityKind,
  name: string,
  policyName: string,
  document: string,
): Promise<{ size: number }> {
  const others = await readTx(async (tx) =>
    (await readInlinePoliciesOf(tx, kind, name)).filter((p) => p.policyName !== policyName),
  );
  return checkPolicyDocument(document, 'identity', {
    purpose: kind === 'user' ? 'inline-user' : 'inline-group',
    identityName: name,
    otherInlinePoliciesSize: others.reduce((sum, p) => sum + p.size, 0),
  });
}

export async function applyPutInlinePolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  kind: IdentityKind,
  name: string,
  policyName: string,
  document: string,
  size: number,
): Promise<void> {
  const rules = RULES[kind];
  await rules.require(tx, name);
  const existing = await readInlinePolicy(tx, kind, name, policyName);
  const others = (await readInlinePoliciesOf(tx, kind, name)).filter(
    (p) => p.policyName !== policyName,
  );
  const total = others.reduce((sum, p) => sum + p.size, size);
  if (total > rules.inlineSizeMax) {
    throw new AwsError(
      'LimitExceeded',
      `Maximum policy size of ${rules.inlineSizeMax} bytes exceeded for ${kind} ${name}`,
    );
  }
  await writeInlinePolicy(
    tx,
    {
      principalKind: kind,
      principalKey: name.toLowerCase(),
      policyName,
      document,
      size,
      createDate: existing?.createDate ?? meta.time,
      updateDate: meta.time,
    },
    { ...meta, operation: `Put${rules.word}Policy` },
  );
}

/** Creates or replaces an inline policy (AWS's PutUserPolicy / PutGroupPolicy). */
export function putInlinePolicy(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyName: string,
  document: string,
): Promise<void> {
  const rules = RULES[kind];
  const operation = `Put${rules.word}Policy`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      rules.checkName(name);
      checkPolicyName(policyName);
      await call.authorize({ action, resource: await identityArn(kind, name) });
      const { size } = await prepareInlinePolicy(kind, name, policyName, document);
      await writeTx((tx) =>
        applyPutInlinePolicy(tx, call.change, kind, name, policyName, document, size),
      );
    },
  );
}

export function getInlinePolicy(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyName: string,
): Promise<InlinePolicy> {
  const rules = RULES[kind];
  const operation = `Get${rules.word}Policy`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      await call.authorize({ action, resource: await identityArn(kind, name) });
      return readTx(async (tx) => {
        await rules.require(tx, name);
        const policy = await readInlinePolicy(tx, kind, name, policyName);
        if (!policy) throw noSuchInlinePolicy(kind, policyName);
        return { policyName: policy.policyName, policyDocument: policy.document };
      });
    },
  );
}

export async function applyDeleteInlinePolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  kind: IdentityKind,
  name: string,
  policyName: string,
): Promise<void> {
  const rules = RULES[kind];
  await rules.require(tx, name);
  const removed = await removeInlinePolicy(tx, kind, name, policyName, {
    ...meta,
    operation: `Delete${rules.word}Policy`,
  });
  if (!removed) throw noSuchInlinePolicy(kind, policyName);
}

export function deleteInlinePolicy(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyName: string,
): Promise<void> {
  const rules = RULES[kind];
  const operation = `Delete${rules.word}Policy`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      await call.authorize({ action, resource: await identityArn(kind, name) });
      await writeTx((tx) => applyDeleteInlinePolicy(tx, call.change, kind, name, policyName));
    },
  );
}

/** The names of an identity's inline policies (ListUserPolicies / ListGroupPolicies). */
export function listInlinePolicies(
  caller: Caller,
  kind: IdentityKind,
  name: string,
): Promise<string[]> {
  const rules = RULES[kind];
  const operation = `List${rules.word}Policies`;
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: rules.arn(name) },
    async (call) => {
      await call.authorize({ action, resource: await identityArn(kind, name) });
      return readTx(async (tx) => {
        await rules.require(tx, name);
        const policies = await readInlinePoliciesOf(tx, kind, name);
        return policies.map((p) => p.policyName).sort();
      });
    },
  );
}
