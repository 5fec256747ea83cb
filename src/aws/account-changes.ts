// The permission changes beyond one identity's policies: the organization's SCPs, a role's trust
// policy, and the console's create and delete of whole users, groups and roles. Each edits the
// account's details in memory for the permission diff; nothing is written.

import type { PolicyInput } from '@/iam';
import { readTx } from '@/storage/db';
import { ORG_TARGET_IDS } from '@/storage/organizations';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { readAnyScp, scpArn, scpLevelInput } from './organization-scps';
import type { AuthorizationDetails, PrincipalDetails, PrincipalKind } from './principal-request';

interface Ref {
  kind: PrincipalKind;
  name: string;
}

export type AccountChange =
  /** An SCP's new content, wherever it is attached. */
  | { kind: 'set-scp-content'; policyId: string; content: string }
  | { kind: 'attach-scp'; policyId: string; targetId: string }
  | { kind: 'detach-scp'; policyId: string; targetId: string }
  /** A role's new trust policy: who may sts:AssumeRole it. */
  | { kind: 'set-trust-policy'; roleName: string; document: string }
  /**
   * A create wizard's new identity, with no policies yet: the wizard's attach-policies,
   * put-inline-policy, add-to-groups and set-boundary changes follow it. A role brings its trust
   * policy.
   */
  | { kind: 'create-principal'; principal: Ref; path?: string; trustPolicy?: string }
  /** The console's Delete user, group or role: its memberships and policies go with it. */
  | { kind: 'delete-principal'; principal: Ref };

/** A trust policy that allows nobody: a deleted role can no longer be assumed. */
const NOBODY = '{"Version":"2012-10-17","Statement":[]}';

const identityArn = (ref: Ref, path = '/') =>
  `arn:aws:iam::${LAB_ACCOUNT_ID}:${ref.kind}${path}${ref.name}`;

function setTrust(after: AuthorizationDetails, roleArn: string, document: string) {
  after.trustPolicies = { ...after.trustPolicies, [roleArn]: document };
}

/** Copies the SCP levels, so `before` keeps its own. */
function editLevels(after: AuthorizationDetails, edit: (levels: PolicyInput[][]) => void) {
  const levels = after.serviceControlPolicies.map((level) => [...level]);
  edit(levels);
  after.serviceControlPolicies = levels;
}

/** A group's members lose what it gives, and the group. */
function leaveGroup(principals: PrincipalDetails[], groupName: string, touched: PolicyInput[]) {
  const via = `Group ${groupName}`;
  for (const p of principals) {
    if (p.kind !== 'user' || !(p.groupNames ?? []).includes(groupName)) continue;
    touched.push(...p.identityPolicies.filter((i) => i.attachedVia === via));
    p.identityPolicies = p.identityPolicies.filter((i) => i.attachedVia !== via);
    p.groupNames = (p.groupNames ?? []).filter((g) => g !== groupName);
  }
}

/** Applies an account-level change to `after` (whose principals are already copies). */
export async function applyAccountChange(
  after: AuthorizationDetails,
  change: AccountChange,
  touched: PolicyInput[],
  removed: string[],
): Promise<void> {
  const { principals } = after;
  switch (change.kind) {
    case 'set-scp-content': {
      const arn = scpArn(change.policyId);
      editLevels(after, (levels) => {
        for (const level of levels) {
          for (const [k, input] of level.entries()) {
            if (input.arn !== arn) continue;
            touched.push(input);
            level[k] = { ...input, document: change.content };
          }
        }
      });
      touched.push({ document: change.content });
      break;
    }
    case 'attach-scp':
    case 'detach-scp': {
      const index = (ORG_TARGET_IDS as readonly string[]).indexOf(change.targetId);
      const arn = scpArn(change.policyId);
      const policy = await readTx((tx) => readAnyScp(tx, change.policyId));
      if (index < 0 || !policy) break;
      editLevels(after, (levels) => {
        const level = levels[index] ?? [];
        const input = scpLevelInput(policy, index);
        touched.push(input);
        if (change.kind === 'detach-scp') levels[index] = level.filter((i) => i.arn !== arn);
        else if (!level.some((i) => i.arn === arn)) level.push(input);
      });
      break;
    }
    case 'set-trust-policy': {
      const role = principals.find((p) => p.kind === 'role' && p.name === change.roleName);
      if (!role) break;
      const old = after.trustPolicies?.[role.arn];
      if (old !== undefined) touched.push({ document: old });
      touched.push({ document: change.document });
      setTrust(after, role.arn, change.document);
      break;
    }
    case 'create-principal': {
      const { principal: ref } = change;
      const arn = identityArn(ref, change.path);
      const id = `NEW${ref.kind.toUpperCase()}${ref.name}`;
      principals.push({
        kind: ref.kind,
        name: ref.name,
        arn,
        principal: ref.kind === 'role' ? { arn, id, roleArn: arn } : { arn, id },
        identityPolicies: [],
        ...(ref.kind === 'user' && { groupNames: [] }),
      });
      if (ref.kind === 'role' && change.trustPolicy !== undefined) {
        touched.push({ document: change.trustPolicy });
        setTrust(after, arn, change.trustPolicy);
      }
      break;
    }
    case 'delete-principal': {
      const { principal: ref } = change;
      const target = principals.find((p) => p.kind === ref.kind && p.name === ref.name);
      if (!target) break;
      if (ref.kind === 'group') {
        leaveGroup(principals, ref.name, touched);
        break;
      }
      // What it could do came from its policies or from resource policies naming it.
      touched.push(...target.identityPolicies);
      for (const document of Object.values(after.bucketPolicies ?? {})) touched.push({ document });
      for (const document of Object.values(after.trustPolicies ?? {})) touched.push({ document });
      target.identityPolicies = [];
      removed.push(target.arn);
      if (ref.kind === 'role') setTrust(after, target.arn, NOBODY);
      break;
    }
  }
}
