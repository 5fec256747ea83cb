// What a walkthrough check looks at, read once per check run: the engine's inputs for every
// principal (as the simulator and "who can" read them) and the lab's IAM, S3 and EC2 records.

import { readAllAccessKeys } from '@/storage/access-keys';
import { readAllAttachments } from '@/storage/attachments';
import { readAllBuckets } from '@/storage/buckets';
import { readAllCustomerPolicies } from '@/storage/customer-policies';
import { readTx } from '@/storage/db';
import { readAllGroups } from '@/storage/groups';
import { readAllInstanceProfiles } from '@/storage/instance-profiles';
import { readAllLoginProfiles } from '@/storage/login-profiles';
import { readAllMemberships } from '@/storage/memberships';
import { readAllMfaDevices } from '@/storage/mfa-devices';
import { readAllRoles } from '@/storage/roles';
import type {
  AccessKeyRecord,
  AttachmentRecord,
  CallRecord,
  InlinePolicyRecord,
  LoginProfileRecord,
  MembershipRecord,
  MfaDeviceRecord,
} from '@/storage/types';
import { readAllUsers } from '@/storage/users';
import { readDetails, type AuthorizationDetails } from './authorization-details';

export interface WalkthroughLabState {
  details: AuthorizationDetails;
  /** Lower-cased names, by entity kind. */
  names: Record<'user' | 'group' | 'role' | 'policy' | 'instanceProfile' | 'bucket', Set<string>>;
  memberships: MembershipRecord[];
  attachments: AttachmentRecord[];
  inlinePolicies: InlinePolicyRecord[];
  loginProfiles: LoginProfileRecord[];
  accessKeys: AccessKeyRecord[];
  mfaDevices: MfaDeviceRecord[];
  /** Each role's trust policy, by role ARN: the resource policy of sts:AssumeRole. */
  trustPolicies: Map<string, string>;
  /** The calls made since the step started, newest first. */
  calls: CallRecord[];
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/**
 * Reads the lab for a check. Calls are read only when `sinceMs` is given (a check that looks at
 * calls), and then only those made since then.
 */
export async function readWalkthroughLabState(sinceMs?: number): Promise<WalkthroughLabState> {
  const details = await readDetails();
  return readTx(async (tx) => {
    const users = await readAllUsers(tx);
    const groups = await readAllGroups(tx);
    const roles = await readAllRoles(tx);
    const policies = await readAllCustomerPolicies(tx);
    const profiles = await readAllInstanceProfiles(tx);
    const buckets = await readAllBuckets(tx);
    const calls =
      sinceMs === undefined
        ? []
        : await tx.objectStore('calls').index('byTime').getAll(IDBKeyRange.lowerBound(sinceMs));
    return {
      details,
      names: {
        user: lower(users.map((u) => u.userName)),
        group: lower(groups.map((g) => g.groupName)),
        role: lower(roles.map((r) => r.roleName)),
        policy: lower(policies.map((p) => p.policyName)),
        instanceProfile: lower(profiles.map((p) => p.instanceProfileName)),
        bucket: new Set(buckets.map((b) => b.name)),
      },
      trustPolicies: new Map(roles.map((r) => [r.arn, r.assumeRolePolicyDocument])),
      memberships: await readAllMemberships(tx),
      attachments: await readAllAttachments(tx),
      inlinePolicies: await tx.objectStore('inlinePolicies').getAll(),
      loginProfiles: await readAllLoginProfiles(tx),
      accessKeys: await readAllAccessKeys(tx),
      mfaDevices: await readAllMfaDevices(tx),
      calls,
    };
  });
}
