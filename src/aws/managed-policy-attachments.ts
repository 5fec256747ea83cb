// Managed-policy attachments of users, groups and roles: Attach*Policy, Detach*Policy,
// ListAttached*Policies.

import { readAttachmentsOf, removeAttachment, writeAttachment } from '@/storage/attachments';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readTx, writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import { awsManagedPolicies, type AwsManagedPolicySummary } from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchPolicy, notAttachable, quotaExceeded } from './iam-errors';
import { RULES, identityArn, type IdentityKind } from './identity-kinds';
import type { AttachedPolicy } from './types';

/** Every AWS managed policy (documents not needed): attach only checks that one exists. */
export type AwsPolicyIndex = ReadonlyMap<string, AwsManagedPolicySummary>;

async function policyExists(tx: LabReadTx, catalog: AwsPolicyIndex, policyArn: string) {
  return catalog.has(policyArn) || (await readCustomerPolicy(tx, policyArn)) !== undefined;
}

/** Attaches inside a transaction; `catalog` comes from awsManagedPolicies(), loaded before it. */
export async function applyAttachPolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  catalog: AwsPolicyIndex,
  kind: IdentityKind,
  name: string,
  policyArn: string,
): Promise<void> {
  const rules = RULES[kind];
  await rules.requireModifiable(tx, name);
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

/**
 * Attach*Policy × n (the console's list of checked policies): each authorized first, then written
 * in one transaction, all or nothing. One ARN is the API's own Attach*Policy.
 */
export function attachPolicies(
  caller: Caller,
  kind: IdentityKind,
  name: string,
  policyArns: readonly string[],
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
      for (const policyArn of policyArns)
        await call.authorize({ action, resource, context: { 'iam:PolicyARN': policyArn } });
      const catalog = await awsManagedPolicies();
      await writeTx(async (tx) => {
        for (const policyArn of policyArns)
          await applyAttachPolicy(tx, call.change, catalog, kind, name, policyArn);
      });
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
  await rules.requireModifiable(tx, name);
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
