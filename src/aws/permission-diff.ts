// The effective-permission diff a console change would make, shown before it is saved: the lab's
// principals before and after (nothing is written), evaluated by the engine on the actions the
// changed policies name and on the lab's own resources. A lab tool: it reads the lab directly and
// is no AWS call, like "Switch to user".

import {
  evaluateRequest,
  loadServiceCatalog,
  matchesArnFormat,
  parsePolicy,
  type PolicyInput,
  type ServiceCatalog,
} from '@/iam';
import { readAllBuckets } from '@/storage/buckets';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readTx } from '@/storage/db';
import { readAllInstances } from '@/storage/instances';
import { readObjectKeysOfBucket } from '@/storage/objects';
import { awsManagedPoliciesWithDocuments } from './aws-managed-policies';
import { readDetails } from './authorization-details';
import {
  principalRequest,
  type AuthorizationDetails,
  type PrincipalDetails,
  type PrincipalKind,
} from './principal-request';

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
  | { kind: 'set-bucket-policy'; bucket: string; document?: string };

export interface AccessChange {
  action: string;
  resource: string;
}

export interface PrincipalDiff {
  kind: PrincipalKind;
  name: string;
  gains: AccessChange[];
  losses: AccessChange[];
}

export interface PermissionDiff {
  principals: PrincipalDiff[];
  /** "user-1 gains 14 actions on 2 resources; user-3 loses s3:PutObject" */
  summary: string;
  /** How many principal × action × resource requests were compared. */
  compared: number;
}

const LAB_SERVICES = ['s3', 'ec2', 'iam', 'sts'];

async function managedInput(policyArn: string, attachedVia: string): Promise<PolicyInput> {
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
function holders(details: AuthorizationDetails, ref: PrincipalRef): PrincipalDetails[] {
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

/** The details after the change, and the policies whose actions it can affect. */
async function applyChange(
  before: AuthorizationDetails,
  change: PermissionChange,
): Promise<{ after: AuthorizationDetails; touched: PolicyInput[] }> {
  // Copy on write: a principal the change does not reach keeps the same arrays (not compared).
  const principals = before.principals.map((p) => ({ ...p }));
  const after: AuthorizationDetails = { ...before, principals };
  const touched: PolicyInput[] = [];
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
  }
  return { after, touched };
}

/** The actions the policies name, expanded with the catalog ("s3:Get*" → each Get action). */
function actionsOf(policies: readonly PolicyInput[], catalog: ServiceCatalog): string[] {
  const out = new Set<string>();
  const everything = () => {
    for (const service of LAB_SERVICES) {
      for (const a of catalog.actionsOf(service)) out.add(`${a.service}:${a.name}`);
    }
  };
  for (const policy of policies) {
    const text =
      typeof policy.document === 'string' ? policy.document : JSON.stringify(policy.document);
    const parsed = parsePolicy(text);
    if (!parsed.ok) continue;
    const value = parsed.policy.value as { Statement?: unknown } | null;
    const statements = [value?.Statement].flat() as Array<Record<string, unknown> | null>;
    for (const statement of statements) {
      if (typeof statement !== 'object' || statement === null) continue;
      if ('NotAction' in statement) {
        everything();
        continue;
      }
      for (const pattern of [statement['Action']].flat()) {
        if (typeof pattern !== 'string') continue;
        if (pattern === '*') everything();
        else
          for (const a of catalog.expandActionPattern(pattern)) out.add(`${a.service}:${a.name}`);
      }
    }
  }
  return [...out].sort();
}

/** The lab's resources an action may be requested on, by the catalog's ARN formats; else "*". */
function resourcesFor(
  action: string,
  labArns: readonly string[],
  catalog: ServiceCatalog,
): string[] {
  const types = catalog.actionDetail(action)?.resourceTypes ?? [];
  if (types.length === 0) return ['*'];
  const formats = (catalog.resourceTypesOf(action.split(':')[0] ?? '') ?? []).filter((t) =>
    types.some((r) => r.name === t.name),
  );
  const arns = labArns.filter((arn) => formats.some((f) => matchesArnFormat(f.arnFormat, arn)));
  return arns.length > 0 ? arns : ['*'];
}

/** Objects per bucket the diff looks at by name (beside "bucket/*"). */
const OBJECTS_PER_BUCKET = 20;

async function labResourceArns(details: AuthorizationDetails): Promise<string[]> {
  const account = details.principals[0]?.arn.split(':')[4] ?? '123456789012';
  return readTx(async (tx) => {
    const arns: string[] = [];
    for (const bucket of await readAllBuckets(tx)) {
      arns.push(`arn:aws:s3:::${bucket.name}`, `arn:aws:s3:::${bucket.name}/*`);
      // Named objects too, so a statement about one object (readme.txt) shows in the diff.
      for (const key of await readObjectKeysOfBucket(tx, bucket.name, OBJECTS_PER_BUCKET)) {
        arns.push(`arn:aws:s3:::${bucket.name}/${key}`);
      }
    }
    for (const i of await readAllInstances(tx)) {
      arns.push(`arn:aws:ec2:${i.region}:${account}:instance/${i.instanceId}`);
    }
    arns.push(...details.principals.map((p) => p.arn));
    return arns;
  });
}

function describe(changes: readonly AccessChange[]): string {
  const actions = new Set(changes.map((c) => c.action));
  const resources = new Set(changes.map((c) => c.resource));
  const [onlyAction] = actions;
  const [onlyResource] = resources;
  const on =
    resources.size === 1
      ? onlyResource === '*'
        ? ''
        : ` on ${onlyResource}`
      : ` on ${resources.size} resources`;
  return actions.size === 1 ? `${onlyAction}${on}` : `${actions.size} actions${on}`;
}

/** "user-1 gains 14 actions on 2 resources; user-3 loses s3:PutObject". */
export function diffSummary(principals: readonly PrincipalDiff[]): string {
  const parts = principals.flatMap((p) => [
    ...(p.gains.length ? [`${p.name} gains ${describe(p.gains)}`] : []),
    ...(p.losses.length ? [`${p.name} loses ${describe(p.losses)}`] : []),
  ]);
  return parts.length > 0 ? parts.join('; ') : 'No principal gains or loses access.';
}

/** Compares the engine's decisions before and after, for every principal the change reaches. */
export function comparePermissions(
  before: AuthorizationDetails,
  after: AuthorizationDetails,
  actions: readonly string[],
  resourcesOf: (action: string) => readonly string[],
): { principals: PrincipalDiff[]; compared: number } {
  const out: PrincipalDiff[] = [];
  let compared = 0;
  for (const [index, now] of after.principals.entries()) {
    const was = before.principals[index];
    if (!was || now.kind === 'group') continue;
    // A resource policy change can reach every principal; otherwise only those whose policies changed.
    if (
      before.bucketPolicies === after.bucketPolicies &&
      was.identityPolicies === now.identityPolicies &&
      was.permissionsBoundary === now.permissionsBoundary
    )
      continue;
    const diff: PrincipalDiff = { kind: now.kind, name: now.name, gains: [], losses: [] };
    for (const action of actions) {
      for (const resource of resourcesOf(action)) {
        compared++;
        const a = evaluateRequest(principalRequest(before, was, action, resource), {
          trace: 'none',
        });
        const b = evaluateRequest(principalRequest(after, now, action, resource), {
          trace: 'none',
        });
        const wasAllowed = a.decision === 'allowed';
        const isAllowed = b.decision === 'allowed';
        if (isAllowed && !wasAllowed) diff.gains.push({ action, resource });
        if (wasAllowed && !isAllowed) diff.losses.push({ action, resource });
      }
    }
    if (diff.gains.length || diff.losses.length) out.push(diff);
  }
  return { principals: out, compared };
}

/** What a change (or several, made together) would do to every principal's effective permissions. Writes nothing. */
export async function previewPermissionChange(
  change: PermissionChange | readonly PermissionChange[],
): Promise<PermissionDiff> {
  const before = await readDetails();
  let after = before;
  const touched: PolicyInput[] = [];
  for (const one of [change].flat()) {
    const applied = await applyChange(after, one);
    after = applied.after;
    touched.push(...applied.touched);
  }
  const catalog = await loadServiceCatalog();
  const actions0 = actionsOf(touched, catalog);
  await catalog.loadServices([...new Set(actions0.map((a) => a.split(':')[0] ?? ''))]);
  const labArns = await labResourceArns(before);
  const { principals, compared } = comparePermissions(before, after, actions0, (action) =>
    resourcesFor(action, labArns, catalog),
  );
  return { principals, summary: diffSummary(principals), compared };
}
