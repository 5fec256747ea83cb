// Combines what each policy type said into AWS's decision (reference_policies_evaluation-logic),
// including the documented exceptions, and names the policy type that refused.
import type { DenialReason, EvalDecision, GateOutcome, PolicyGate, StatementRef } from '../types';
import type { PrincipalInfo } from './context';
import type { PoliciesResult } from './evaluate-policies';
import type { PrincipalMatch } from './principal-match';

/** What each policy type said; undefined when the request had no policy of that type. */
export interface GateResults {
  scpLevels?: PoliciesResult[];
  resource?: PoliciesResult;
  identity?: PoliciesResult;
  boundary?: PoliciesResult;
  session?: PoliciesResult;
  /** The resource policy is a role trust policy (sts:AssumeRole and alike). */
  trust: boolean;
  sameAccount: boolean;
  who: PrincipalInfo;
  identityPresent: boolean;
}

/** The decision with its explanation. */
export interface Combined {
  decision: EvalDecision;
  decisive: StatementRef[];
  denial?: DenialReason;
  gates: GateOutcome[];
  notes: string[];
}

// Shared empty lists (frozen: evaluations may share them).
const NO_RESULTS: readonly PoliciesResult[] = Object.freeze([]);
const NO_REFS: StatementRef[] = Object.freeze([]) as unknown as StatementRef[];

// Absent policy types, which do not limit (the identity type, absent, allows nothing).
const ABSENT: Record<PolicyGate, GateOutcome> = {
  scp: absent('scp', 'allow'),
  resource: absent('resource', 'implicitDeny'),
  identity: absent('identity', 'implicitDeny'),
  boundary: absent('boundary', 'allow'),
  session: absent('session', 'allow'),
};

function absent(gate: PolicyGate, result: GateOutcome['result']): GateOutcome {
  return Object.freeze({ gate, present: false, result, matched: NO_REFS });
}

const ORDER: PolicyGate[] = ['scp', 'resource', 'identity', 'boundary', 'session'];
const STRENGTH: Record<PrincipalMatch, number> = { direct: 3, role: 2, account: 1 };

function bestPrincipal(r: PoliciesResult | undefined): PrincipalMatch | null {
  let best: PrincipalMatch | null = null;
  for (const a of r?.allows ?? []) {
    const p = a.principal ?? 'direct';
    if (!best || STRENGTH[p] > STRENGTH[best]) best = p;
  }
  return best;
}

/**
 * Combines the gates. An explicit deny wins, reported for the first policy type in the order SCP,
 * resource-based, identity-based, boundary, session. Otherwise the first required policy type that
 * did not allow refuses (implicit deny), in the same order.
 */
export function combineGates(r: GateResults): Combined {
  if (onlyIdentitySide(r)) return combineIdentitySide(r);
  const notes: string[] = [];
  const { who } = r;
  const byGate: Record<PolicyGate, readonly PoliciesResult[]> = {
    scp: r.scpLevels ?? NO_RESULTS,
    resource: r.resource ? [r.resource] : NO_RESULTS,
    identity: r.identity ? [r.identity] : NO_RESULTS,
    boundary: r.boundary ? [r.boundary] : NO_RESULTS,
    session: r.session ? [r.session] : NO_RESULTS,
  };
  let denies: StatementRef[] = NO_REFS;
  for (const g of ORDER) {
    for (const p of byGate[g]) {
      if (p.denies.length === 0) continue;
      if (denies === NO_REFS) denies = [];
      for (const d of p.denies) denies.push(d);
    }
  }
  let scpOk = true;
  for (const l of r.scpLevels ?? []) if (l.allows.length === 0) scpOk = false;
  const isRoot = who.kind === 'root';
  const idAllows = isRoot || (r.identity?.allows.length ?? 0) > 0;
  const boundaryOk = !r.boundary || r.boundary.allows.length > 0;
  const sessionOk = !r.session || r.session.allows.length > 0;
  const resBest = bestPrincipal(r.resource);
  if (isRoot) notes.push('The account root user needs no identity-based policy.');

  let decision: EvalDecision = 'allowed';
  let denial: DenialReason | undefined;
  const refuse = (policyType: DenialReason['policyType']) => {
    decision = 'implicitDeny';
    denial = { kind: 'implicit', policyType };
  };
  let grantedBy: PolicyGate[] = ['identity', 'resource'];
  if (denies.length > 0) {
    const first = denies[0] as StatementRef;
    decision = 'explicitDeny';
    const policyType = first.gate === 'resource' && r.trust ? 'trust' : first.gate;
    denial = { kind: 'explicit', policyType, statement: first };
    notes.push('An explicit deny in any policy overrides every allow.');
  } else if (!scpOk) {
    refuse('scp');
    notes.push('Every level of service control policies must allow the action.');
  } else if (who.kind === 'service' || who.kind === 'anonymous') {
    if (resBest !== 'direct') refuse(r.trust ? 'trust' : 'resource');
    grantedBy = ['resource'];
  } else if (r.trust) {
    // Role trust policies must allow the caller explicitly, even in the same account.
    const needsIdentity = !r.sameAccount || resBest === 'account';
    if (!resBest) refuse('trust');
    else if (needsIdentity && !idAllows) refuse('identity');
    else if (!boundaryOk) refuse('boundary');
    else if (!sessionOk) refuse('session');
    notes.push(
      needsIdentity
        ? 'The role trust policy and an identity-based policy must both allow sts:AssumeRole.'
        : 'The role trust policy names the caller, so no identity-based policy is needed.',
    );
  } else if (r.sameAccount) {
    if (resBest === 'direct') {
      notes.push(
        'In the same account, a resource-based policy that names the user or session directly is not limited by the identity policies, boundary or session policies.',
      );
      grantedBy = ['resource'];
    } else if (!idAllows && resBest !== 'role') refuse('identity');
    else if (!boundaryOk) refuse('boundary');
    else if (!sessionOk) refuse('session');
    if (resBest === 'account') {
      notes.push(
        'A resource-based policy that names the account delegates: it grants nothing by itself.',
      );
    }
  } else {
    notes.push(
      'Across accounts, both the resource-based policy and an identity-based policy must allow.',
    );
    if (!resBest) refuse('resource');
    else if (!idAllows) refuse('identity');
    else if (!boundaryOk) refuse('boundary');
    else if (!sessionOk) refuse('session');
  }

  let decisive: StatementRef[] = NO_REFS;
  if (decision === 'explicitDeny') decisive = denies;
  else if (decision === 'allowed') {
    decisive = [];
    for (const g of grantedBy)
      for (const p of byGate[g]) for (const a of p.allows) decisive.push(a.ref);
  }
  const result: Combined = { decision, decisive, gates: outcomes(r, byGate), notes };
  if (denial) result.denial = denial;
  return result;
}

// The common case: a user or role session in its own account, with no SCP, resource-based or
// session policy. The general rules then reduce to: an explicit deny in the identity-based policies
// or the boundary wins; else the identity-based policies must allow, and the boundary if present.
function onlyIdentitySide(r: GateResults): boolean {
  return (
    r.sameAccount &&
    !r.trust &&
    !r.scpLevels &&
    !r.resource &&
    !r.session &&
    r.identity !== undefined &&
    (r.who.kind === 'user' || r.who.kind === 'role-session')
  );
}

const EXPLICIT_DENY_NOTES: readonly string[] = Object.freeze([
  'An explicit deny in any policy overrides every allow.',
]);
const NO_NOTES: readonly string[] = Object.freeze([]);

function combineIdentitySide(r: GateResults): Combined {
  // Invariant: onlyIdentitySide(r) holds.
  const identity = r.identity as PoliciesResult;
  const { boundary } = r;
  const gates = [
    ABSENT.scp,
    ABSENT.resource,
    presentOutcome('identity', identity, r.identityPresent),
    boundary ? presentOutcome('boundary', boundary, true) : ABSENT.boundary,
    ABSENT.session,
  ];
  const denied = identity.denies.length > 0 || (boundary?.denies.length ?? 0) > 0;
  if (denied) {
    const denies = [...identity.denies, ...(boundary?.denies ?? NO_REFS)];
    const first = denies[0] as StatementRef;
    return {
      decision: 'explicitDeny',
      decisive: denies,
      denial: { kind: 'explicit', policyType: first.gate, statement: first },
      gates,
      notes: EXPLICIT_DENY_NOTES as string[],
    };
  }
  const notes = NO_NOTES as string[];
  if (identity.allows.length === 0) {
    if (!boundary && identity.denies.length === 0 && r.identityPresent) return NOTHING_ALLOWS;
    return { decision: 'implicitDeny', decisive: NO_REFS, denial: IMPLICIT.identity, gates, notes };
  }
  if (boundary && boundary.allows.length === 0) {
    return { decision: 'implicitDeny', decisive: NO_REFS, denial: IMPLICIT.boundary, gates, notes };
  }
  return { decision: 'allowed', decisive: identity.allows.map((a) => a.ref), gates, notes };
}

// Shared, frozen parts of the most common answers (nothing allowed the action).
const IMPLICIT = {
  identity: Object.freeze({ kind: 'implicit', policyType: 'identity' }) as DenialReason,
  boundary: Object.freeze({ kind: 'implicit', policyType: 'boundary' }) as DenialReason,
};
const NOTHING_MATCHED: Partial<Record<PolicyGate, GateOutcome>> = {
  identity: Object.freeze({
    gate: 'identity',
    present: true,
    result: 'implicitDeny',
    matched: NO_REFS,
  }) as GateOutcome,
  boundary: Object.freeze({
    gate: 'boundary',
    present: true,
    result: 'implicitDeny',
    matched: NO_REFS,
  }) as GateOutcome,
};
// Identity-based policies present, none matched, no boundary.
const NOTHING_ALLOWS: Combined = Object.freeze({
  decision: 'implicitDeny',
  decisive: NO_REFS,
  denial: IMPLICIT.identity,
  gates: Object.freeze([
    ABSENT.scp,
    ABSENT.resource,
    NOTHING_MATCHED.identity as GateOutcome,
    ABSENT.boundary,
    ABSENT.session,
  ]) as GateOutcome[],
  notes: NO_NOTES as string[],
});

// The outcome of an identity-side policy type that the request had.
function presentOutcome(gate: PolicyGate, result: PoliciesResult, present: boolean): GateOutcome {
  if (present && result.denies.length === 0 && result.allows.length === 0) {
    const nothing = NOTHING_MATCHED[gate];
    if (nothing) return nothing;
  }
  let matched: StatementRef[] = NO_REFS;
  if (result.denies.length > 0 || result.allows.length > 0) {
    matched = [...result.denies];
    for (const a of result.allows) matched.push(a.ref);
    if (result.denies.length > 0 && result.allows.length > 0) matched.sort(byPosition);
  }
  return { gate, present, result: outcome([result]), matched };
}

function byPosition(a: StatementRef, b: StatementRef): number {
  return (
    (a.scpLevel ?? 0) - (b.scpLevel ?? 0) ||
    a.policyIndex - b.policyIndex ||
    a.statementIndex - b.statementIndex
  );
}

function outcome(results: readonly PoliciesResult[]): GateOutcome['result'] {
  let allow = results.length > 0;
  for (let k = 0; k < results.length; k++) {
    const p = results[k] as PoliciesResult;
    if (p.denies.length > 0) return 'explicitDeny';
    if (p.allows.length === 0) allow = false;
  }
  return allow ? 'allow' : 'implicitDeny';
}

function outcomes(
  r: GateResults,
  byGate: Record<PolicyGate, readonly PoliciesResult[]>,
): GateOutcome[] {
  const out: GateOutcome[] = [];
  for (const gate of ORDER) {
    const results = byGate[gate];
    const present = gate === 'identity' ? r.identityPresent && !!r.identity : results.length > 0;
    const special =
      (gate === 'scp' && r.scpLevels) ||
      (gate === 'resource' && r.trust) ||
      (gate === 'identity' && r.who.kind === 'root');
    if (!present && !special && results.length === 0) {
      out.push(ABSENT[gate]);
      continue;
    }
    let matched: StatementRef[] = NO_REFS;
    for (const p of results) {
      if (p.denies.length === 0 && p.allows.length === 0) continue;
      if (matched === NO_REFS) matched = [];
      for (const d of p.denies) matched.push(d);
      for (const a of p.allows) matched.push(a.ref);
    }
    if (matched.length > 1) matched.sort(byPosition);
    const o: GateOutcome = { gate, present, result: outcome(results), matched };
    // Absent limiting policy types do not limit.
    if (!present && (gate === 'scp' || gate === 'boundary' || gate === 'session')) {
      o.result = 'allow';
    }
    if (gate === 'scp' && r.scpLevels) o.levels = r.scpLevels.map((l) => outcome([l]));
    if (gate === 'resource' && r.trust) o.trustPolicy = true;
    if (gate === 'identity' && r.who.kind === 'root') {
      o.result = 'allow';
      o.note = 'The account root user needs no identity-based policy.';
    }
    out.push(o);
  }
  return out;
}
