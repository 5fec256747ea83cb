// The StatementRefs of a policy and the frozen traces of its statements that did not apply, built
// once per policy input and position and shared by every evaluation (statement refs never change).
import type {
  ConditionTrace,
  PolicyGate,
  PolicyInput,
  StatementRef,
  StatementTrace,
} from '../types';
import { compilePolicy, type CompiledPolicy } from './compile-policy';
import type { CompiledStatement } from './compile-statement';
import type { GateSetup, MatchedAllow } from './evaluate-policies';

/** The statements of one policy as refs and skipped traces, reused while the input is unchanged. */
export interface PolicyRefs {
  /** Unique among refs: policy sets are told apart by the refs they hold. */
  id: number;
  gate: PolicyGate;
  policyIndex: number;
  scpLevel: number | undefined;
  input: Pick<PolicyInput, 'name' | 'arn' | 'type' | 'attachedVia'>;
  /** The document these refs were compiled from (the same string or object compiles the same). */
  document: unknown;
  compiled: CompiledPolicy;
  refs: StatementRef[];
  /** Aligned with refs: each statement as a matched Allow with no Principal (identity-side types). */
  allows: MatchedAllow[];
  /** Frozen traces for statements whose principal or action did not match. */
  skipped: StatementTrace[];
  skippedNoPrincipal: StatementTrace[];
}

const refCache = new WeakMap<PolicyInput, PolicyRefs[]>();
let nextId = 1;

function sameInput(a: PolicyRefs['input'], b: PolicyInput): boolean {
  return (
    a.name === b.name && a.arn === b.arn && a.type === b.type && a.attachedVia === b.attachedVia
  );
}

/** The refs of a policy at its place in the request (gate, index, SCP level), built once. */
export function refsFor(input: PolicyInput, setup: GateSetup, policyIndex: number): PolicyRefs {
  const list = refCache.get(input);
  if (list) {
    for (const r of list) {
      if (
        r.policyIndex === policyIndex &&
        r.gate === setup.gate &&
        r.document === input.document &&
        r.scpLevel === setup.scpLevel &&
        sameInput(r.input, input)
      ) {
        return r;
      }
    }
  }
  const compiled = compilePolicy(input.document);
  const refs: StatementRef[] = [];
  const allows: MatchedAllow[] = [];
  const skipped: StatementTrace[] = [];
  const skippedNoPrincipal: StatementTrace[] = [];
  for (const s of compiled.statements) {
    const ref = makeRef(s, input, policyIndex, setup);
    refs.push(ref);
    allows.push(Object.freeze({ ref }));
    const base = { actionMatched: false, resourceMatched: false, conditionsMatched: false };
    const done = {
      conditions: Object.freeze([]) as unknown as ConditionTrace[],
      matched: false,
      skipped: true,
    };
    skipped.push(
      Object.freeze({
        ...ref,
        ...base,
        ...done,
        ...(setup.usePrincipal ? { principalMatched: true } : {}),
      }),
    );
    skippedNoPrincipal.push(Object.freeze({ ...ref, ...base, ...done, principalMatched: false }));
  }
  const entry: PolicyRefs = {
    id: nextId++,
    gate: setup.gate,
    policyIndex,
    scpLevel: setup.scpLevel,
    input: { name: input.name, arn: input.arn, type: input.type, attachedVia: input.attachedVia },
    document: input.document,
    compiled,
    refs,
    allows,
    skipped,
    skippedNoPrincipal,
  };
  const next = (list ?? []).filter((r) => r.gate !== setup.gate || r.policyIndex !== policyIndex);
  next.push(entry);
  refCache.set(input, next.slice(-8));
  return entry;
}

function makeRef(
  s: CompiledStatement,
  input: PolicyInput,
  policyIndex: number,
  setup: GateSetup,
): StatementRef {
  const ref: StatementRef = {
    gate: setup.gate,
    policyIndex,
    statementIndex: s.index,
    effect: s.effect ?? 'Deny',
  };
  if (setup.scpLevel !== undefined) ref.scpLevel = setup.scpLevel;
  if (input.name !== undefined) ref.policyName = input.name;
  if (input.arn !== undefined) ref.policyArn = input.arn;
  if (input.type !== undefined) ref.policyType = input.type;
  if (input.attachedVia !== undefined) ref.attachedVia = input.attachedVia;
  if (s.sid !== undefined) ref.sid = s.sid;
  if (s.span !== undefined) ref.span = s.span;
  return Object.freeze(ref);
}
