// The cheap cross-record checks of an imported lab: one account, no two records with one key, and
// every membership, attachment, inline policy, credential and object names something that exists.

import {
  ADJUSTABLE_QUOTAS,
  appliedQuota,
  USERS_PER_ACCOUNT,
  type AdjustableQuotaName,
} from './account-quotas';
import type { SnapshotStores } from './lab-snapshot';
import { LAB_STORES, type LabStore } from './schema';

export interface ReferenceProblem {
  path: PropertyKey[];
  message: string;
}

/** Each store's key path (as in migrations.ts); a new store fails to compile until listed. */
const KEY_PATHS: Record<LabStore, string | readonly string[]> = {
  meta: 'key',
  users: 'key',
  loginProfiles: 'key',
  groups: 'key',
  memberships: ['userKey', 'groupKey'],
  attachments: ['principalKind', 'principalKey', 'policyArn'],
  inlinePolicies: ['principalKind', 'principalKey', 'policyName'],
  policies: 'arn',
  roles: 'key',
  instanceProfiles: 'key',
  buckets: 'name',
  objects: ['bucket', 'key'],
  instances: 'instanceId',
  scpPolicies: 'policyId',
  scpTargets: 'targetId',
  changes: 'id',
  calls: 'id',
  accessKeys: 'accessKeyId',
  mfaDevices: 'serialNumber',
  labSettings: 'key',
  cliProfiles: 'name',
  keyPairs: ['region', 'keyName'],
};

/** The store each adjustable quota counts. */
const QUOTA_STORE: Record<AdjustableQuotaName, LabStore> = {
  GroupsPerAccount: 'groups',
  RolesPerAccount: 'roles',
  PoliciesPerAccount: 'policies',
};

function keyText(store: LabStore, record: unknown): string {
  const r = record as Record<string, unknown>;
  const path = KEY_PATHS[store];
  return JSON.stringify(typeof path === 'string' ? r[path] : path.map((p) => r[p]));
}

export function checkReferences(stores: SnapshotStores): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const at = (store: LabStore, index: number, field?: string): PropertyKey[] => [
    'lab',
    'stores',
    store,
    index,
    ...(field ? [field] : []),
  ];

  for (const store of LAB_STORES) {
    const seen = new Set<string>();
    (stores[store] as unknown[]).forEach((record, i) => {
      const key = keyText(store, record);
      if (seen.has(key))
        problems.push({ path: at(store, i), message: `a second record with key ${key}` });
      seen.add(key);
    });
  }
  const account = stores.meta.find((m) => m.key === 'account');
  if (!account) {
    problems.push({ path: ['lab', 'stores', 'meta'], message: 'the lab has no account record' });
  }
  // No AWS account holds more than its quotas allow (its granted increases included).
  const counts: Array<[LabStore, number, string]> = [
    ['users', USERS_PER_ACCOUNT, 'UsersPerAccount'],
    ...ADJUSTABLE_QUOTAS.map((q): [LabStore, number, string] => [
      QUOTA_STORE[q.name],
      appliedQuota(account?.quotaIncreases, q.name),
      q.name,
    ]),
  ];
  for (const [store, quota, name] of counts) {
    const held = stores[store].length;
    if (held > quota) {
      problems.push({
        path: ['lab', 'stores', store],
        message: `it holds ${held} ${store}, over the account's ${name} quota of ${quota}`,
      });
    }
  }

  const users = new Set(stores.users.map((u) => u.key));
  const groups = new Set(stores.groups.map((g) => g.key));
  const roles = new Set(stores.roles.map((r) => r.key));
  const buckets = new Set(stores.buckets.map((b) => b.name));
  const principals = { user: users, group: groups, role: roles };
  const missing = (kind: string, name: string) =>
    `names the ${kind} "${name}", which is not in the file`;

  stores.memberships.forEach((m, i) => {
    if (!users.has(m.userKey))
      problems.push({ path: at('memberships', i, 'userKey'), message: missing('user', m.userKey) });
    if (!groups.has(m.groupKey))
      problems.push({
        path: at('memberships', i, 'groupKey'),
        message: missing('group', m.groupKey),
      });
  });
  for (const store of ['attachments', 'inlinePolicies'] as const) {
    stores[store].forEach((p, i) => {
      if (!principals[p.principalKind].has(p.principalKey)) {
        problems.push({
          path: at(store, i, 'principalKey'),
          message: missing(p.principalKind, p.principalKey),
        });
      }
    });
  }
  stores.loginProfiles.forEach((p, i) => {
    if (!users.has(p.key))
      problems.push({ path: at('loginProfiles', i, 'key'), message: missing('user', p.key) });
  });
  stores.accessKeys.forEach((k, i) => {
    if (!users.has(k.userKey))
      problems.push({ path: at('accessKeys', i, 'userKey'), message: missing('user', k.userKey) });
  });
  stores.mfaDevices.forEach((d, i) => {
    if (d.userKey !== undefined && !users.has(d.userKey)) {
      problems.push({ path: at('mfaDevices', i, 'userKey'), message: missing('user', d.userKey) });
    }
  });
  stores.objects.forEach((o, i) => {
    if (!buckets.has(o.bucket))
      problems.push({ path: at('objects', i, 'bucket'), message: missing('bucket', o.bucket) });
  });
  return problems;
}
