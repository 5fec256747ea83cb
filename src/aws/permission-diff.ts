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
import { readTx } from '@/storage/db';
import { readAllInstances } from '@/storage/instances';
import { readObjectKeysOfBucket } from '@/storage/objects';
import { readDetails } from './authorization-details';
import { applyChange, type PermissionChange } from './permission-changes';
import {
  principalRequest,
  type AuthorizationDetails,
  type PrincipalDetails,
  type PrincipalKind,
} from './principal-request';

export type { AccountChange, PermissionChange, PrincipalRef } from './permission-changes';

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

/**
 * Compares the engine's decisions before and after, for every principal the change reaches. A
 * principal only in `after` (a create wizard's) had nothing before; one in `removed` (deleted)
 * has nothing after.
 */
export function comparePermissions(
  before: AuthorizationDetails,
  after: AuthorizationDetails,
  actions: readonly string[],
  resourcesOf: (action: string) => readonly string[],
  removed: ReadonlySet<string> = new Set(),
): { principals: PrincipalDiff[]; compared: number } {
  const out: PrincipalDiff[] = [];
  let compared = 0;
  // An SCP, trust or bucket policy change can reach every principal.
  const everyone =
    before.bucketPolicies !== after.bucketPolicies ||
    before.trustPolicies !== after.trustPolicies ||
    before.serviceControlPolicies !== after.serviceControlPolicies;
  const allowed = (
    details: AuthorizationDetails,
    p: PrincipalDetails,
    action: string,
    on: string,
  ) =>
    evaluateRequest(principalRequest(details, p, action, on), { trace: 'none' }).decision ===
    'allowed';
  for (const [index, now] of after.principals.entries()) {
    const was = before.principals[index];
    if (now.kind === 'group') continue;
    // Otherwise only the principals whose own policies changed.
    if (
      !everyone &&
      was &&
      !removed.has(now.arn) &&
      was.identityPolicies === now.identityPolicies &&
      was.permissionsBoundary === now.permissionsBoundary
    )
      continue;
    const diff: PrincipalDiff = { kind: now.kind, name: now.name, gains: [], losses: [] };
    for (const action of actions) {
      for (const resource of resourcesOf(action)) {
        compared++;
        const wasAllowed = was !== undefined && allowed(before, was, action, resource);
        const isAllowed = !removed.has(now.arn) && allowed(after, now, action, resource);
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
  const removed = new Set<string>();
  for (const one of [change].flat()) {
    const applied = await applyChange(after, one);
    after = applied.after;
    touched.push(...applied.touched);
    for (const arn of applied.removed) removed.add(arn);
  }
  const catalog = await loadServiceCatalog();
  const actions0 = actionsOf(touched, catalog);
  await catalog.loadServices([...new Set(actions0.map((a) => a.split(':')[0] ?? ''))]);
  // The principals after the change: a new role is a resource others may gain sts:AssumeRole on.
  const labArns = await labResourceArns(after);
  const { principals, compared } = comparePermissions(
    before,
    after,
    actions0,
    (action) => resourcesFor(action, labArns, catalog),
    removed,
  );
  return { principals, summary: diffSummary(principals), compared };
}
