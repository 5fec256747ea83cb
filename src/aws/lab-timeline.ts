// The lab's timeline: its change log as actions, newest first, each with what it changed
// ("user/user-2": created, updated or deleted) and the record before and after as JSON text.
// A lab view, not an AWS API: it needs no authorization.

import { readTx } from '@/storage/db';
import { readChangeGroupPage, type ChangeGroupRecord } from '@/storage/change-groups';
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
const text = (r: Fields, field: string): string => {
  const value = r[field];
  return typeof value === 'string' ? value : '';
};
const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

const DESCRIBE: Record<string, (r: Fields) => string> = {
  meta: (r) => (text(r, 'key') === 'account' ? 'account' : `account/${text(r, 'key')}`),
  users: (r) => `user/${text(r, 'userName')}`,
  loginProfiles: (r) => `user/${text(r, 'userName')} console password`,
  groups: (r) => `group/${text(r, 'groupName')}`,
  memberships: (r) => `user/${text(r, 'userKey')} in group/${text(r, 'groupKey')}`,
  attachments: (r) =>
    `${text(r, 'principalKind')}/${text(r, 'principalKey')} → policy ${policyName(text(r, 'policyArn'))}`,
  inlinePolicies: (r) =>
    `${text(r, 'principalKind')}/${text(r, 'principalKey')} inline policy ${text(r, 'policyName')}`,
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
export function describeChange(change: ChangeRecord): string {
  const record = change.after ?? change.before;
  const describe = DESCRIBE[change.store];
  if (!describe || typeof record !== 'object' || record === null) {
    return `${change.store} ${change.recordKey}`;
  }
  return describe(record as Fields);
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

function toAction(group: ChangeGroupRecord): TimelineAction {
  return {
    id: group.firstId,
    lastChangeId: group.lastId,
    time: group.time,
    principalArn: group.principalArn,
    operation: group.operation,
    changes: group.changes.map((change) => ({
      resource: describeChange(change),
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
  const page = await readTx((tx) => readChangeGroupPage(tx, input.maxResults, input.nextToken));
  return {
    actions: page.groups.map(toAction),
    ...(page.next !== undefined && { nextToken: page.next }),
  };
}
