// Evaluates one condition (operator + key + values) against the request context, with AWS's rules
// for missing keys, IfExists, set operators and policy variables
// (reference_policies_elements_condition_operators,
// reference_policies_condition-single-vs-multi-valued-context-keys).
import type { ContextEntry, RequestContext } from '../evaluate/request-context';
import type { CompiledCondition } from '../evaluate/compile-statement';
import type { ConditionTrace } from '../types';
import {
  compareValue,
  prepareValue,
  readRequestValue,
  type OperatorDef,
  type OperatorKind,
  type PreparedValue,
  type RequestReading,
} from './operators';
import { resolvePattern, type VariableLookup } from './variables';

interface Prepared {
  values: Array<PreparedValue | null>;
  /** The values after substitution, as the trace shows them (null: a variable with no value). */
  shown: Array<string | null>;
}

/** Per-condition cache of prepared values for conditions without variables. */
const prepared = new WeakMap<CompiledCondition, Prepared>();

function policyValues(
  c: CompiledCondition,
  def: OperatorDef,
  lookup: VariableLookup,
  missing: (key: string) => void,
): Prepared {
  const hit = prepared.get(c);
  if (hit) return hit;
  let cacheable = true;
  const values = c.values.map((t) => {
    if (t.hasVariables) cacheable = false;
    const parts = resolvePattern(t, lookup, missing);
    return parts ? prepareValue(def.kind, parts) : null;
  });
  // Frozen: cached results are shared by every evaluation of this condition.
  const out = {
    values,
    shown: Object.freeze(values.map((v) => (v ? v.text : null))) as Array<string | null>,
  };
  if (cacheable) prepared.set(c, out);
  return out;
}

/**
 * Evaluates a condition. Several values are ORed. A missing key: positive operators are false,
 * negated ones true, IfExists true, ForAllValues true, ForAnyValue false. A policy value whose
 * variable has no value matches nothing, so positive operators fail and negated ones pass.
 * Choice where the docs leave one: a multivalued key under an operator with no set operator
 * behaves as "any request value matches" for positive operators, and its negation for negated ones.
 */
export function evaluateCondition(
  c: CompiledCondition,
  ctx: RequestContext,
  lookup: VariableLookup,
  missing: (key: string) => void,
): ConditionTrace {
  const { operator } = c;
  const def = operator.def;
  const entry = ctx.get(c.keyLower);
  const requestValues = entry ? entry.values : null;
  const trace = (matched: boolean, policy: Array<string | null>, note?: string) =>
    makeTrace(c, requestValues, matched, policy, note);
  if (!def) {
    return trace(
      false,
      c.values.map((t) => t.raw),
      'unknown condition operator: matches nothing',
    );
  }
  if (def.kind === 'null') {
    const present = entry !== undefined;
    let matched = false;
    for (const t of c.values) {
      const v = t.raw.toLowerCase();
      if ((v === 'true' && !present) || (v === 'false' && present)) matched = true;
    }
    return trace(
      matched,
      c.values.map((t) => t.raw),
      present ? 'key present' : 'key missing',
    );
  }
  const { values, shown } = policyValues(c, def, lookup, missing);
  if (!entry) {
    missing(c.key);
    if (operator.ifExists) return trace(true, shown, 'key missing: IfExists makes this true');
    if (operator.setOperator === 'ForAllValues') {
      return trace(true, shown, 'key missing: ForAllValues is true for an empty set');
    }
    if (operator.setOperator === 'ForAnyValue') {
      return trace(false, shown, 'key missing: ForAnyValue is false for an empty set');
    }
    return def.negated
      ? trace(true, shown, 'key missing: a negated operator is true')
      : trace(false, shown, 'key missing: the condition is false');
  }
  const readings = readingsOf(entry, def.kind);
  const negated = def.negated;
  if (operator.setOperator === 'ForAllValues') {
    let all = true;
    for (const r of readings) if (anyMatch(def, r, values) === negated) all = false;
    return trace(all, shown, readings.length === 0 ? 'empty set: ForAllValues is true' : undefined);
  }
  if (operator.setOperator === 'ForAnyValue') {
    let some = false;
    for (const r of readings) if (anyMatch(def, r, values) !== negated) some = true;
    return trace(
      some,
      shown,
      readings.length === 0 ? 'empty set: ForAnyValue is false' : undefined,
    );
  }
  let positive = false;
  for (const r of readings) if (anyMatch(def, r, values)) positive = true;
  return trace(
    positive !== negated,
    shown,
    entry.multi ? 'multivalued key without a set operator' : undefined,
  );
}

function makeTrace(
  c: CompiledCondition,
  requestValues: string[] | null,
  matched: boolean,
  policyValues: Array<string | null>,
  note: string | undefined,
): ConditionTrace {
  const t: ConditionTrace = {
    operator: c.operator.written,
    key: c.key,
    policyValues,
    requestValues,
    matched,
  };
  if (note) t.note = note;
  return t;
}

// The positive operator ORs the policy values.
function anyMatch(def: OperatorDef, r: RequestReading, values: Array<PreparedValue | null>) {
  for (const p of values) if (p && compareValue(def, r, p)) return true;
  return false;
}

// Request values are read once per request and operator family, however many statements ask.
function readingsOf(entry: ContextEntry, kind: OperatorKind): RequestReading[] {
  const cache = (entry.readings ??= {});
  const hit = cache[kind];
  if (hit) return hit;
  const out = entry.values.map((v) => readRequestValue(kind, v));
  cache[kind] = out;
  return out;
}
