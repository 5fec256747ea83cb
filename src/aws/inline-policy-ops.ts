// Inline policies of users, groups and roles: Put*Policy, Get*Policy, Delete*Policy, List*Policies.

import { readTx, writeTx } from '@/storage/db';
import {
  readInlinePolicy,
  readInlinePoliciesOf,
  removeInlinePolicy,
  writeInlinePolicy,
} from '@/storage/inline-policies';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabWriteTx } from '@/storage/schema';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchInlinePolicy } from './iam-errors';
import { RULES, identityArn, type IdentityKind } from './identity-kinds';
import { checkPolicyName } from './names';
import { checkPolicyDocument } from './policy-documents';
import type { InlinePolicy } from './types';

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
    purpose: `inline-${kind}`,
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
  await rules.requireModifiable(tx, name);
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
  await rules.requireModifiable(tx, name);
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
