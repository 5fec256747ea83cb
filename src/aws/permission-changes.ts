// The changes to permissions a console save can make, described before they are made, and how
// each one changes the account's details in memory (the permission diff compares before and
// after). Changes to the organization, trust policies and whole identities are in
// account-changes.ts.

import type { PolicyInput } from '@/iam';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readTx } from '@/storage/db';
import { applyAccountChange, type AccountChange } from './account-changes';
import { awsManagedPoliciesWithDocuments } from './aws-managed-policies';
import type { AuthorizationDetails, PrincipalDetails, PrincipalKind } from './principal-request';

export type { AccountChange };

export interface PrincipalRef {
  kind: PrincipalKind;
  name: string;
}

/** A change to permissions, described before it is made. */
export type PermissionChange =
  /** A customer managed policy's new default version. */
  | { kind: 'set-policy-document'; policyArn: string; document: string }
  | { kind: 'attach-policies'; principal: PrincipalRef; policyArns: string[] }
  | { kind: 'detach-policy'; principal: PrincipalRef; policyArn: string }
  | { kind: 'put-inline-policy'; principal: PrincipalRef; policyName: string; document: string }
  | { kind: 'delete-inline-policy'; principal: PrincipalRef; policyName: string }
  | { kind: 'add-to-groups'; userName: string; groupNames: string[] }
  | { kind: 'remove-from-group'; userName: string; groupName: string }
  /** Set, change (policyArn) or remove (no policyArn) a user's or role's boundary. */
  | { kind: 'set-boundary'; principal: PrincipalRef; policyArn?: string }
  /** Put (document) or delete (no document) a bucket policy. */
  | { kind: 'set-bucket-policy'; bucket: string; document?: string }
  | AccountChange;

export async function managedInput(policyArn: string, attachedVia: string): Promise<PolicyInput> {
  const customer = await readTx((tx) => readCustomerPolicy(tx, policyArn));
  if (customer) {
    const version = customer.versions.find((v) => v.versionId === customer.defaultVersionId);
    return {
      document: version?.document ?? '{}',
      name: customer.policyName,
      arn: policyArn,
      type: 'customer-managed',
      attachedVia,
    };
  }
  const aws = (await awsManagedPoliciesWithDocuments([policyArn])).get(policyArn);
  return {
    document: aws?.document ?? '{"Version":"2012-10-17","Statement":[]}',
    name: aws?.policyName ?? policyArn.split('/').pop() ?? policyArn,
    arn: policyArn,
    type: 'aws-managed',
    attachedVia,
  };
}

const isTarget = (p: PrincipalDetails, ref: PrincipalRef) =>
  p.kind === ref.kind && p.name === ref.name;

/** Who holds a policy attached to `ref`: the principal, and for a group each member user. */
export function holders(details: AuthorizationDetails, ref: PrincipalRef): PrincipalDetails[] {
  return details.principals.filter(
    (p) =>
      isTarget(p, ref) ||
      (ref.kind === 'group' && p.kind === 'user' && (p.groupNames ?? []).includes(ref.name)),
  );
}

const viaFor = (ref: PrincipalRef, holder: PrincipalDetails) =>
  holder.kind === 'user' && ref.kind === 'group' ? `Group ${ref.name}` : 'Directly';

const inlineVia = (ref: PrincipalRef, holder: PrincipalDetails) =>
  holder.kind === 'user' && ref.kind === 'group' ? `Group ${ref.name}` : 'Inline';

/** The details after a change, the policies whose actions it can affect, and who it deletes. */
export interface AppliedChange {
  after: AuthorizationDetails;
  touched: PolicyInput[];
  /** ARNs of the principals the change deletes: afterwards they can do nothing. */
  removed: string[];
}

/** Applies one change to the details in memory (nothing is written). */
export async function applyChange(
  before: AuthorizationDetails,
  change: PermissionChange,
): Promise<AppliedChange> {
  // Copy on write: a principal the change does not reach keeps the same arrays (not compared).
  const principals = before.principals.map((p) => ({ ...p }));
  const after: AuthorizationDetails = { ...before, principals };
  const touched: PolicyInput[] = [];
  const removed: string[] = [];
  const edit = (ref: PrincipalRef, fn: (p: PrincipalDetails) => void) => {
    for (const p of holders(after, ref)) fn(p);
  };
  switch (change.kind) {
    case 'set-policy-document':
      for (const p of principals) {
        if (p.identityPolicies.some((input) => input.arn === change.policyArn)) {
          p.identityPolicies = p.identityPolicies.map((input) => {
            if (input.arn !== change.policyArn) return input;
            touched.push(input);
            return { ...input, document: change.document };
          });
        }
        if (p.permissionsBoundary?.arn === change.policyArn) {
          touched.push(p.permissionsBoundary);
          p.permissionsBoundary = { ...p.permissionsBoundary, document: change.document };
        }
      }
      touched.push({ document: change.document });
      break;
    case 'attach-policies':
      for (const arn of change.policyArns) {
        for (const holder of holders(after, change.principal)) {
          const input = await managedInput(arn, viaFor(change.principal, holder));
          if (
            !holder.identityPolicies.some(
              (i) => i.arn === arn && i.attachedVia === input.attachedVia,
            )
          ) {
            holder.identityPolicies = [...holder.identityPolicies, input];
          }
          touched.push(input);
        }
      }
      break;
    case 'detach-policy':
      edit(change.principal, (p) => {
        const via = viaFor(change.principal, p);
        touched.push(
          ...p.identityPolicies.filter((i) => i.arn === change.policyArn && i.attachedVia === via),
        );
        p.identityPolicies = p.identityPolicies.filter(
          (i) => !(i.arn === change.policyArn && i.attachedVia === via),
        );
      });
      break;
    case 'put-inline-policy':
    case 'delete-inline-policy':
      edit(change.principal, (p) => {
        const via = inlineVia(change.principal, p);
        const same = (i: PolicyInput) =>
          !i.arn && i.name === change.policyName && i.attachedVia === via;
        touched.push(...p.identityPolicies.filter(same));
        p.identityPolicies = p.identityPolicies.filter((i) => !same(i));
        if (change.kind === 'put-inline-policy') {
          const type =
            change.principal.kind === 'role'
              ? 'inline-role'
              : change.principal.kind === 'group'
                ? 'inline-group'
                : 'inline-user';
          const input: PolicyInput = {
            document: change.document,
            name: change.policyName,
            type,
            attachedVia: via,
          };
          p.identityPolicies = [...p.identityPolicies, input];
          touched.push(input);
        }
      });
      break;
    case 'add-to-groups':
    case 'remove-from-group': {
      const names = change.kind === 'add-to-groups' ? change.groupNames : [change.groupName];
      const user = principals.find((p) => p.kind === 'user' && p.name === change.userName);
      for (const groupName of names) {
        const group = principals.find((p) => p.kind === 'group' && p.name === groupName);
        if (!user || !group) continue;
        const via = `Group ${groupName}`;
        touched.push(...group.identityPolicies);
        user.identityPolicies = user.identityPolicies.filter((i) => i.attachedVia !== via);
        if (change.kind === 'add-to-groups') {
          user.identityPolicies = [
            ...user.identityPolicies,
            ...group.identityPolicies.map((i) => ({ ...i, attachedVia: via })),
          ];
        }
      }
      break;
    }
    case 'set-bucket-policy': {
      const policies = { ...before.bucketPolicies };
      const old = policies[change.bucket];
      if (old !== undefined) touched.push({ document: old });
      if (change.document === undefined) delete policies[change.bucket];
      else {
        policies[change.bucket] = change.document;
        touched.push({ document: change.document });
      }
      after.bucketPolicies = policies;
      break;
    }
    case 'set-boundary': {
      const target = principals.find((p) => isTarget(p, change.principal));
      if (!target) break;
      // A boundary limits every action: what the identity policies name is what it can change.
      touched.push(...target.identityPolicies);
      if (target.permissionsBoundary) touched.push(target.permissionsBoundary);
      if (change.policyArn) {
        const input = await managedInput(change.policyArn, 'Permissions boundary');
        target.permissionsBoundary = { ...input, type: 'boundary' };
        touched.push(input);
      } else {
        delete target.permissionsBoundary;
      }
      break;
    }
    default:
      await applyAccountChange(after, change, touched, removed);
  }
  return { after, touched, removed };
}
