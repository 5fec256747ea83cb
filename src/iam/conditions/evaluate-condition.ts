// Evaluates one condition (operator + key + values) against the request context, with AWS's rules
// for missing keys, IfExists, set operators and policy variables
// (reference_policies_elements_condition_operators,
// reference_policies_condition-single-vs-multi-valued-context-keys).
import type { RequestContext } from '../evaluate/context';
import type { CompiledCondition } from '../evaluate/compile-statement';
import type { ConditionTrace } from '../types';
import {
  compareValue,
  prepareValue,
  readRequestValue,
  type OperatorDef,
  type PreparedValue,
} from './operators';
import { resolvePattern, type VariableLookup } from './variables';

/** Per-condition cache of prepared values for conditions without variables. */
const prepared = new WeakMap<CompiledCondition, Array<PreparedValue | null>>();

function policyValues(
  c: CompiledCondition,
  def: OperatorDef,
  lookup: VariableLookup,
  missing: (key: string) => void,
): Array<PreparedValue | null> {
  const hit = prepared.get(c);
  if (hit) return hit;
  let cacheable = true;
  const out = c.values.map((t) => {
    if (t.hasVariables) cacheable = false;
    const parts = resolvePattern(t, lookup, missing);
    return parts ? prepareValue(def.kind, parts) : null;
  });
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
  const trace = (matched: boolean, policy: Array<string | null>, note?: string): ConditionTrace => {
    const t: ConditionTrace = {
      operator: operator.written,
      key: c.key,
      policyValues: policy,
      requestValues,
      matched,
    };
    if (note) t.note = note;
    return t;
  };
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
  const values = policyValues(c, def, lookup, missing);
  const shown = values.map((v) => (v ? v.text : null));
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
  // One request value against all policy values: the positive operator ORs them.
  const anyMatch = (v: string): boolean => {
    const r = readRequestValue(def.kind, v);
    for (const p of values) if (p && compareValue(def, r, p)) return true;
    return false;
  };
  const single = (v: string) => (def.negated ? !anyMatch(v) : anyMatch(v));
  const vs = entry.values;
  if (operator.setOperator === 'ForAllValues') {
    return trace(
      vs.every(single),
      shown,
      vs.length === 0 ? 'empty set: ForAllValues is true' : undefined,
    );
  }
  if (operator.setOperator === 'ForAnyValue') {
    return trace(
      vs.some(single),
      shown,
      vs.length === 0 ? 'empty set: ForAnyValue is false' : undefined,
    );
  }
  const positive = vs.some(anyMatch);
  const matched = def.negated ? !positive : positive;
  return trace(matched, shown, entry.multi ? 'multivalued key without a set operator' : undefined);
}
