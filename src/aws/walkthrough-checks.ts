// Runs a walkthrough step's check against the lab: facts from its records, permission outcomes
// from the policy engine with each principal's real inputs (a user's groups, boundaries and the
// organization's SCPs, exactly as the simulator and "who can" evaluate them).

import { evaluateRequest, type EvalDecision } from '@/iam';
import { LAB_ACCOUNT_ID, ROOT_ARN } from '@/storage/lab-constants';
import { ROOT_MFA_KEY } from './iam-root-mfa';
import { principalRequest, type PrincipalDetails } from './principal-request';
import type {
  CheckPrincipal,
  ExpectedDecision,
  WalkthroughCheck,
} from '@/storage/walkthrough-schema';
import { readWalkthroughLabState, type WalkthroughLabState } from './walkthrough-lab-state';

export interface CheckResult {
  passed: boolean;
  /** What is not so yet, in plain words (empty when passed). */
  failures: string[];
}

const DECISION_WORDS: Record<ExpectedDecision, string> = {
  allowed: 'is allowed',
  explicitDeny: 'is explicitly denied',
  implicitDeny: 'is implicitly denied',
  denied: 'is denied',
};

function principalWords(p: CheckPrincipal): string {
  return 'user' in p ? `user ${p.user}` : `role ${p.role}`;
}

/** The check in plain words, as the panel's "not yet" list shows it. */
export function describeCheck(check: WalkthroughCheck): string {
  switch (check.kind) {
    case 'decision':
      return `${principalWords(check.principal)} ${DECISION_WORDS[check.expect]} ${check.action}${check.resource ? ` on ${check.resource}` : ''}`;
    case 'onlyAllowed':
      return `only ${check.allowedGroup ? `members of ${check.allowedGroup}` : (check.allowedPrincipals ?? []).join(', ')} may ${check.action}`;
    case 'exists':
      return `${check.entity} ${check.name} exists`;
    case 'member':
      return `${check.user} is a member of ${check.group}`;
    case 'policyAttached':
      return `${Object.entries(check.principal)[0]?.join(' ') ?? ''} has ${check.policyArn.split('/').pop() ?? ''} attached`;
    case 'hasDirectPolicies':
      return `${check.user} has policies attached directly`;
    case 'mfaDevice':
      return `${check.root ? 'the root user' : check.user} has an MFA device`;
    case 'consoleAccess':
      return `${check.user} has console access`;
    case 'passwordResetRequired':
      return `${check.user} must create a new password at next sign-in`;
    case 'accessKeyStatus':
      return `${check.user} has an ${check.status.toLowerCase()} access key`;
    case 'callMade':
      return `${'root' in check.caller ? 'the root user' : principalWords(check.caller as CheckPrincipal)} made a call to ${check.action} that was ${check.outcome}`;
    case 'all':
      return check.checks.map(describeCheck).join(', and ');
    case 'any':
      return `one of: ${check.checks.map(describeCheck).join('; ')}`;
    case 'not':
      return `not: ${describeCheck(check.check)}`;
  }
}

function findPrincipal(state: WalkthroughLabState, kind: 'user' | 'role', name: string) {
  const key = name.toLowerCase();
  return state.details.principals.find((p) => p.kind === kind && p.name.toLowerCase() === key);
}

function decisionOf(
  state: WalkthroughLabState,
  principal: PrincipalDetails,
  action: string,
  resource = '*',
): EvalDecision {
  const trust =
    action.toLowerCase() === 'sts:assumerole' ? state.trustPolicies.get(resource) : undefined;
  const request = principalRequest(
    state.details,
    principal,
    action,
    resource,
    trust === undefined ? undefined : { document: trust, type: 'trust', name: 'Trust policy' },
  );
  return evaluateRequest(request, { trace: 'none' }).decision;
}

function matches(decision: EvalDecision, expected: ExpectedDecision): boolean {
  return expected === 'denied' ? decision !== 'allowed' : decision === expected;
}

function callerMatches(
  arn: string,
  caller: Extract<WalkthroughCheck, { kind: 'callMade' }>['caller'],
): boolean {
  if ('root' in caller) return arn === ROOT_ARN;
  if ('user' in caller)
    return arn.toLowerCase() === `arn:aws:iam::${LAB_ACCOUNT_ID}:user/${caller.user}`.toLowerCase();
  return arn
    .toLowerCase()
    .startsWith(`arn:aws:sts::${LAB_ACCOUNT_ID}:assumed-role/${caller.role}/`.toLowerCase());
}

function holds(check: WalkthroughCheck, state: WalkthroughLabState): boolean {
  switch (check.kind) {
    case 'decision': {
      const kind = 'user' in check.principal ? 'user' : 'role';
      const name = 'user' in check.principal ? check.principal.user : check.principal.role;
      const principal = findPrincipal(state, kind, name);
      if (!principal) return false;
      return matches(decisionOf(state, principal, check.action, check.resource), check.expect);
    }
    case 'onlyAllowed': {
      const allowed = lowerSet(check.allowedPrincipals ?? []);
      const groupKey = check.allowedGroup?.toLowerCase();
      return state.details.principals.every((p) => {
        if (p.kind === 'group' || (p.kind === 'role' && !check.includeRoles)) return true;
        if (allowed.has(p.name.toLowerCase())) return true;
        if (groupKey && p.groupNames?.some((g) => g.toLowerCase() === groupKey)) return true;
        return decisionOf(state, p, check.action, check.resource) !== 'allowed';
      });
    }
    case 'exists':
      return state.names[check.entity].has(
        check.entity === 'bucket' ? check.name : check.name.toLowerCase(),
      );
    case 'member':
      return state.memberships.some(
        (m) => m.userKey === check.user.toLowerCase() && m.groupKey === check.group.toLowerCase(),
      );
    case 'policyAttached': {
      const [kind, name] = Object.entries(check.principal)[0] ?? ['', ''];
      return state.attachments.some(
        (a) =>
          a.principalKind === kind &&
          a.principalKey === name.toLowerCase() &&
          a.policyArn === check.policyArn,
      );
    }
    case 'hasDirectPolicies': {
      const key = check.user.toLowerCase();
      const mine = (a: { principalKind: string; principalKey: string }) =>
        a.principalKind === 'user' && a.principalKey === key;
      return state.attachments.some(mine) || state.inlinePolicies.some(mine);
    }
    case 'mfaDevice': {
      const key = check.root ? ROOT_MFA_KEY : check.user?.toLowerCase();
      return state.mfaDevices.some((d) => d.userKey !== undefined && d.userKey === key);
    }
    case 'consoleAccess':
      return state.loginProfiles.some((p) => p.key === check.user.toLowerCase());
    case 'passwordResetRequired':
      return state.loginProfiles.some(
        (p) => p.key === check.user.toLowerCase() && p.passwordResetRequired,
      );
    case 'accessKeyStatus':
      return state.accessKeys.some(
        (k) => k.userKey === check.user.toLowerCase() && k.status === check.status,
      );
    case 'callMade':
      return state.calls.some((c) => {
        if (!callerMatches(c.principalArn, check.caller)) return false;
        if (c.action.toLowerCase() !== check.action.toLowerCase()) return false;
        const allowed = c.decision === 'allowed' && !c.errorCode && !c.rolledBack;
        const denied = c.decision === 'explicitDeny' || c.decision === 'implicitDeny';
        return check.outcome === 'allowed' ? allowed : denied;
      });
    case 'all':
      return check.checks.every((c) => holds(c, state));
    case 'any':
      return check.checks.some((c) => holds(c, state));
    case 'not':
      return !holds(check.check, state);
  }
}

function lowerSet(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()));
}

function failuresOf(check: WalkthroughCheck, state: WalkthroughLabState): string[] {
  if (holds(check, state)) return [];
  if (check.kind === 'all') return check.checks.flatMap((c) => failuresOf(c, state));
  return [describeCheck(check)];
}

/** Evaluates a check against a state already read (pure: for tests and for several checks). */
export function evaluateCheck(check: WalkthroughCheck, state: WalkthroughLabState): CheckResult {
  const failures = failuresOf(check, state);
  return { passed: failures.length === 0, failures };
}

/** Whether the check looks at the calls made (and so needs the call log). */
export function checksCalls(check: WalkthroughCheck): boolean {
  if (check.kind === 'callMade') return true;
  if (check.kind === 'all' || check.kind === 'any') return check.checks.some(checksCalls);
  if (check.kind === 'not') return checksCalls(check.check);
  return false;
}

/** Reads the lab and runs the check; calls count from `sinceMs` (the step's start). */
export async function runWalkthroughCheck(
  check: WalkthroughCheck,
  sinceMs = 0,
): Promise<CheckResult> {
  return evaluateCheck(
    check,
    await readWalkthroughLabState(checksCalls(check) ? sinceMs : undefined),
  );
}
