// The whole account's identities and their policies read in one transaction with one getAll per
// store, then joined in memory: what the whole-account tools (the access matrix, who can, the
// permission diff) read. Reading per user, group and role costs a round trip per record; this costs
// one per store. The policies come out exactly as identity-policies.ts builds them for one caller.

import { groupBy } from '@/lib/group-by';
import { readTx } from '@/storage/db';
import { readScpLevels } from './organization-scps';
import type { PolicyInput } from '@/iam';
import type { LabReadTx } from '@/storage/schema';
import type {
  AttachmentRecord,
  BucketRecord,
  CustomerPolicyRecord,
  GroupRecord,
  InlinePolicyRecord,
  MembershipRecord,
  PrincipalKind,
  RoleRecord,
  UserRecord,
} from '@/storage/types';
import { awsManagedPolicies, awsManagedPoliciesWithDocuments } from './aws-managed-policies';
import type { AwsCatalog, EffectivePolicy } from './identity-policies';

export interface AccountSnapshot {
  users: UserRecord[];
  groups: GroupRecord[];
  roles: RoleRecord[];
  buckets: BucketRecord[];
  serviceControlPolicies: PolicyInput[][];
  /** Every policy in force on a user: inline, attached, then each group's. */
  userPolicies: (user: UserRecord) => EffectivePolicy[];
  /** A user's groups' names, in membership order. */
  groupNamesOf: (user: UserRecord) => string[];
  groupPolicies: (group: GroupRecord) => EffectivePolicy[];
  rolePolicies: (role: RoleRecord) => EffectivePolicy[];
  /** The permissions boundary, if set; a boundary whose policy is gone allows nothing. */
  boundaryOf: (boundaryArn: string | undefined) => EffectivePolicy | undefined;
}

const EMPTY_DOCUMENT = '{"Version":"2012-10-17","Statement":[]}';

/** How a read reaches the lab: the page's connection (readTx), or a worker's own (readLabDb). */
export type LabReader = <T>(work: (tx: LabReadTx) => Promise<T>) => Promise<T>;
/** The AWS managed policies named, with their documents (awsManagedPoliciesWithDocuments). */
export type ManagedPolicyLoader = (arns: string[]) => Promise<AwsCatalog>;

/** Reads the account once; every lookup after that is in memory. */
export function readAccountSnapshot(): Promise<AccountSnapshot> {
  // The AWS managed policy index loads meanwhile: nearly every lab attaches one of them.
  void awsManagedPolicies().catch(() => undefined);
  return readAccountSnapshotWith(readTx, awsManagedPoliciesWithDocuments);
}

/**
 * readAccountSnapshot through the reader and policy loader given: a Web Worker reads with a
 * connection of its own and asks the page for the managed policies (the page has them loaded).
 */
export async function readAccountSnapshotWith(
  read: LabReader,
  loadManaged: ManagedPolicyLoader,
): Promise<AccountSnapshot> {
  // Invariant: getAll returns records in primary-key order, which within one identity is the
  // order the byPrincipal and byUser indexes give (by policy name, policy ARN, group key).
  const lab = await read(async (tx) => {
    const [users, groups, roles, memberships, attachments, inline, policies, buckets, scps] =
      await Promise.all([
        tx.objectStore('users').getAll(),
        tx.objectStore('groups').getAll(),
        tx.objectStore('roles').getAll(),
        tx.objectStore('memberships').getAll(),
        tx.objectStore('attachments').getAll(),
        tx.objectStore('inlinePolicies').getAll(),
        tx.objectStore('policies').getAll(),
        tx.objectStore('buckets').getAll(),
        readScpLevels(tx),
      ]);
    return { users, groups, roles, memberships, attachments, inline, policies, buckets, scps };
  });
  // The AWS managed policies in use, loaded after the transaction (it cannot wait on them).
  const awsArns = new Set<string>();
  for (const a of lab.attachments) awsArns.add(a.policyArn);
  for (const p of [...lab.users, ...lab.roles]) {
    if (p.permissionsBoundary) awsArns.add(p.permissionsBoundary);
  }
  const catalog: AwsCatalog = await loadManaged(
    [...awsArns].filter((arn) => arn.startsWith('arn:aws:iam::aws:policy/')),
  );
  return joinSnapshot(lab, catalog);
}

interface LabRecords {
  users: UserRecord[];
  groups: GroupRecord[];
  roles: RoleRecord[];
  memberships: MembershipRecord[];
  attachments: AttachmentRecord[];
  inline: InlinePolicyRecord[];
  policies: CustomerPolicyRecord[];
  buckets: BucketRecord[];
  scps: PolicyInput[][];
}

function joinSnapshot(lab: LabRecords, catalog: AwsCatalog): AccountSnapshot {
  const ownerKey = (kind: PrincipalKind, key: string) => `${kind}/${key}`;
  const inlineOf = groupBy(lab.inline, (p) => ownerKey(p.principalKind, p.principalKey));
  const attachedOf = groupBy(lab.attachments, (a) => ownerKey(a.principalKind, a.principalKey));
  const membershipsOf = groupBy(lab.memberships, (m) => m.userKey);
  const customer = new Map(lab.policies.map((p) => [p.arn, p]));
  const groupByKey = new Map(lab.groups.map((g) => [g.key, g]));

  const managed = (
    attachments: readonly AttachmentRecord[],
    attachedVia: string,
    groupName?: string,
  ): EffectivePolicy[] =>
    attachments.flatMap((attachment): EffectivePolicy[] => {
      const base = {
        policyArn: attachment.policyArn,
        attachedVia,
        ...(groupName && { groupName }),
      };
      const own = customer.get(attachment.policyArn);
      if (own) {
        const version = own.versions.find((v) => v.versionId === own.defaultVersionId);
        const document = version?.document ?? '{}';
        return [{ ...base, policyName: own.policyName, type: 'Customer managed', document }];
      }
      const aws = catalog.get(attachment.policyArn);
      // A policy the lab's catalog does not hold (a service-role policy) grants nothing here.
      return aws
        ? [{ ...base, policyName: aws.policyName, type: aws.type, document: aws.document }]
        : [];
    });
  const inline = (kind: PrincipalKind, key: string, attachedVia: string, groupName?: string) =>
    (inlineOf.get(ownerKey(kind, key)) ?? []).map((p): EffectivePolicy => ({
      policyName: p.policyName,
      type: 'Customer inline',
      attachedVia,
      ...(groupName && { groupName }),
      document: p.document,
    }));
  const ownPolicies = (
    kind: PrincipalKind,
    key: string,
    via: string,
    inlineVia: string,
    group?: string,
  ) => [
    ...inline(kind, key, inlineVia, group),
    ...managed(attachedOf.get(ownerKey(kind, key)) ?? [], via, group),
  ];

  const groupPolicyCache = new Map<string, EffectivePolicy[]>();
  const groupPolicies = (group: GroupRecord) => {
    let found = groupPolicyCache.get(group.key);
    if (!found) {
      const via = `Group ${group.groupName}`;
      found = ownPolicies('group', group.key, via, via, group.groupName);
      groupPolicyCache.set(group.key, found);
    }
    return found;
  };
  const groupsOf = (user: UserRecord) =>
    (membershipsOf.get(user.key) ?? []).flatMap((m) => {
      const group = groupByKey.get(m.groupKey);
      return group ? [group] : [];
    });

  return {
    users: lab.users,
    groups: lab.groups,
    roles: lab.roles,
    buckets: lab.buckets,
    serviceControlPolicies: lab.scps,
    userPolicies: (user) => [
      ...ownPolicies('user', user.key, 'Directly', 'Inline'),
      ...groupsOf(user).flatMap(groupPolicies),
    ],
    groupNamesOf: (user) => groupsOf(user).map((g) => g.groupName),
    groupPolicies,
    rolePolicies: (role) => ownPolicies('role', role.key, 'Directly', 'Inline'),
    boundaryOf: (boundaryArn) => {
      if (!boundaryArn) return undefined;
      const attachment = {
        principalKind: 'user',
        principalKey: '',
        policyArn: boundaryArn,
        createDate: '',
      } as const;
      const [found] = managed([attachment], 'Permissions boundary');
      return (
        found ?? {
          policyName: boundaryArn.split('/').pop() ?? boundaryArn,
          policyArn: boundaryArn,
          type: 'AWS managed',
          attachedVia: 'Permissions boundary',
          document: EMPTY_DOCUMENT,
        }
      );
    },
  };
}
