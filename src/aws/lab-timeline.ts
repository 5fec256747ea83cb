// The lab's timeline: its change log as actions, newest first, each with what it changed
// ("user/user-2": created, updated or deleted) and the record before and after as JSON text.
// A lab view, not an AWS API: it needs no authorization.

import { readChangeGroupPage, type ChangeGroupRecord } from '@/storage/change-groups';
import { readTx } from '@/storage/db';
import type { LabReadTx } from '@/storage/schema';
import type { ChangeRecord } from '@/storage/types';

export type TimelineChangeKind = 'Created' | 'Updated' | 'Deleted';

export interface TimelineChange {
  /** What changed, in the console's words: "user/user-2", "s3://bucket/key". */
  resource: string;
  kind: TimelineChangeKind;
  /** The record as JSON text; null when it did not exist. */
  before: string | null;
  after: string | null;
}

export interface TimelineAction {
  /** The id of the action's first change. */
  id: number;
  /** The id of its last change: "Restore to here" restores to right after it. */
  lastChangeId: number;
  time: string;
  principalArn: string;
  operation: string;
  changes: TimelineChange[];
}

export interface TimelinePage {
  actions: TimelineAction[];
  /** Pass back to read the next (older) page; absent on the last one. */
  nextToken?: number;
}

type Fields = Record<string, unknown>;
/** Identity names by "user:user-2" (kind and lower-cased key), for attachments and memberships. */
type Names = ReadonlyMap<string, string>;
const text = (r: Fields, field: string): string => {
  const value = r[field];
  return typeof value === 'string' ? value : '';
};
const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

const identity = (names: Names, kind: string, key: string) =>
  `${kind}/${names.get(`${kind}:${key}`) ?? key}`;

const DESCRIBE: Record<string, (r: Fields, names: Names) => string> = {
  meta: (r) => (text(r, 'key') === 'account' ? 'account' : `account/${text(r, 'key')}`),
  users: (r) => `user/${text(r, 'userName')}`,
  loginProfiles: (r) => `user/${text(r, 'userName')} console password`,
  groups: (r) => `group/${text(r, 'groupName')}`,
  memberships: (r, names) =>
    `${identity(names, 'user', text(r, 'userKey'))} in ${identity(names, 'group', text(r, 'groupKey'))}`,
  attachments: (r, names) =>
    `${identity(names, text(r, 'principalKind'), text(r, 'principalKey'))} → policy ${policyName(text(r, 'policyArn'))}`,
  inlinePolicies: (r, names) =>
    `${identity(names, text(r, 'principalKind'), text(r, 'principalKey'))} inline policy ${text(r, 'policyName')}`,
  policies: (r) => `policy/${text(r, 'policyName')}`,
  roles: (r) => `role/${text(r, 'roleName')}`,
  instanceProfiles: (r) => `instance-profile/${text(r, 'instanceProfileName')}`,
  buckets: (r) => `s3://${text(r, 'name')}`,
  objects: (r) => `s3://${text(r, 'bucket')}/${text(r, 'key')}`,
  instances: (r) => `instance/${text(r, 'instanceId')}`,
  scpPolicies: (r) => `service control policy ${text(r, 'policyId')}`,
  scpTargets: (r) => `SCP target ${text(r, 'targetId')}`,
  accessKeys: (r) => `user/${text(r, 'userName')} access key ${text(r, 'accessKeyId')}`,
  mfaDevices: (r) => `mfa/${text(r, 'deviceName')}`,
  cliProfiles: (r) => `CLI profile ${text(r, 'name')}`,
  keyPairs: (r) => `key-pair/${text(r, 'keyName')} (${text(r, 'region')})`,
};

/** "user/user-2" for a change to the users store; the store and key for anything unknown. */
export function describeChange(change: ChangeRecord, names: Names = new Map()): string {
  const record = change.after ?? change.before;
  const describe = DESCRIBE[change.store];
  if (!describe || typeof record !== 'object' || record === null) {
    return `${change.store} ${change.recordKey}`;
  }
  return describe(record as Fields, names);
}

/** JSON text for a stored record; object bodies (bytes) show as their size. */
function jsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(
    value,
    (_key, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes>` : v),
    2,
  );
}

const NAME_FIELDS = { users: 'userName', groups: 'groupName', roles: 'roleName' } as const;
const KINDS = { users: 'user', groups: 'group', roles: 'role' } as const;

/** The names of the lab's identities, and of those the page's changes created or deleted. */
async function identityNames(tx: LabReadTx, groups: readonly ChangeGroupRecord[]): Promise<Names> {
  const names = new Map<string, string>();
  const add = (store: keyof typeof KINDS, record: unknown) => {
    if (typeof record !== 'object' || record === null) return;
    const fields = record as Fields;
    names.set(`${KINDS[store]}:${text(fields, 'key')}`, text(fields, NAME_FIELDS[store]));
  };
  for (const group of groups) {
    for (const change of group.changes) {
      if (change.store in KINDS) {
        add(change.store as keyof typeof KINDS, change.before);
        add(change.store as keyof typeof KINDS, change.after);
      }
    }
  }
  for (const store of ['users', 'groups', 'roles'] as const) {
    for (const record of await tx.objectStore(store).getAll()) add(store, record);
  }
  return names;
}

function toAction(group: ChangeGroupRecord, names: Names): TimelineAction {
  return {
    id: group.firstId,
    lastChangeId: group.lastId,
    time: group.time,
    principalArn: group.principalArn,
    operation: group.operation,
    changes: group.changes.map((change) => ({
      resource: describeChange(change, names),
      kind: change.before === null ? 'Created' : change.after === null ? 'Deleted' : 'Updated',
      before: jsonText(change.before),
      after: jsonText(change.after),
    })),
  };
}

/** One page of the timeline, newest first. */
export async function listTimeline(input: {
  maxResults: number;
  nextToken?: number;
}): Promise<TimelinePage> {
  const [page, names] = await readTx(async (tx) => {
    const read = await readChangeGroupPage(tx, input.maxResults, input.nextToken);
    return [read, await identityNames(tx, read.groups)] as const;
  });
  return {
    actions: page.groups.map((group) => toAction(group, names)),
    ...(page.next !== undefined && { nextToken: page.next }),
  };
}
