// Principal and NotPrincipal in resource-based and trust policies
// (reference_policies_elements_principal, reference_policies_elements_notprincipal).
import type { PrincipalEntry } from './compile-statement';
import type { PrincipalInfo } from './context';

/**
 * How a Principal entry covered the caller, strongest first: 'direct' names the user, the session
 * or everyone; 'role' names the session's role; 'account' names the caller's account (delegation:
 * it grants nothing by itself).
 */
export type PrincipalMatch = 'direct' | 'role' | 'account';

const STRENGTH: Record<PrincipalMatch, number> = { direct: 3, role: 2, account: 1 };

function entryMatch(e: PrincipalEntry, who: PrincipalInfo): PrincipalMatch | null {
  switch (e.form) {
    case 'everyone':
      return 'direct';
    case 'aws-everyone':
      return who.kind === 'service' ? null : 'direct';
    case 'account':
      return who.account === e.account && who.kind !== 'service' && who.kind !== 'anonymous'
        ? 'account'
        : null;
    case 'service':
      return who.kind === 'service' && who.service?.toLowerCase() === e.service ? 'direct' : null;
    case 'other':
      return null;
    case 'arn':
      if (who.kind === 'role-session') {
        if (who.sessionArn === e.arn) return 'direct';
        return sameRole(e.arn, who) ? 'role' : null;
      }
      return who.principalArn === e.arn && who.kind !== 'root' ? 'direct' : null;
  }
}

// A role ARN names the role by its path and name; without a given path, the name decides.
function sameRole(arn: string, who: PrincipalInfo): boolean {
  if (arn === who.roleArn) return true;
  const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return !who.rolePathKnown && !!m && m[1] === who.account && m[2] === who.roleName;
}

/** The strongest way a Principal list covers the caller, or null when it does not. */
export function matchPrincipal(
  entries: readonly PrincipalEntry[],
  who: PrincipalInfo,
): PrincipalMatch | null {
  let best: PrincipalMatch | null = null;
  for (const e of entries) {
    const m = entryMatch(e, who);
    if (m && (!best || STRENGTH[m] > STRENGTH[best])) best = m;
  }
  return best;
}

/**
 * True when NotPrincipal leaves the caller out. AWS checks every identity of the request (the user
 * or session, the role, the account), so all of them must be listed to be left out.
 */
export function notPrincipalExcludes(entries: readonly PrincipalEntry[], who: PrincipalInfo) {
  const listed = (test: (e: PrincipalEntry) => boolean) => entries.some(test);
  const everyone = (e: PrincipalEntry) =>
    e.form === 'everyone' || (e.form === 'aws-everyone' && who.kind !== 'service');
  const arn = (a: string | undefined) => (e: PrincipalEntry) =>
    everyone(e) || (e.form === 'arn' && a !== undefined && e.arn === a);
  const account = (e: PrincipalEntry) =>
    everyone(e) || (e.form === 'account' && e.account === who.account);
  switch (who.kind) {
    case 'service':
      return listed(
        (e) => everyone(e) || (e.form === 'service' && e.service === who.service?.toLowerCase()),
      );
    case 'anonymous':
      return listed(everyone);
    case 'root':
      return listed(account);
    case 'role-session':
      return (
        (who.sessionArn === undefined || listed(arn(who.sessionArn))) &&
        listed((e) => arn(who.roleArn)(e) || (e.form === 'arn' && sameRole(e.arn, who))) &&
        listed(account)
      );
    default:
      return listed(arn(who.principalArn)) && listed(account);
  }
}
