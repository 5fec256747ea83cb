// IAM's grammar rules for the parts of a statement: Principal and Condition shapes, and the
// Action and Resource values (reference_policies_grammar; messages in iam-console.md §5.3).
import type { PolicyKind } from '../types';
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { checkResourceFormat, isLegacyUnparsableResource } from './grammar-resources';
import { Collector, GRAMMAR_MESSAGES, Phase } from './grammar-errors';
import { parseOperator } from './operators';
import { patternCovers } from './patterns';
import {
  fieldOf,
  isStringOrStringArray,
  scalarText,
  stringsOf,
  type StatementView,
} from './policy-view';
import { isValidPolicyDate } from './values';

const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

/** Principal is "*" or an object of AWS/Service/Federated/CanonicalUser to strings. */
export function checkPrincipalShape(node: JsonNode, path: JsonPath, out: Collector) {
  if (node.kind === 'string' && node.value === '*') return;
  if (node.kind !== 'object') {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, path, node.span);
    return;
  }
  for (const e of node.entries) {
    if (!PRINCIPAL_KEYS.has(e.key) || !isStringOrStringArray(e.value)) {
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, [...path, e.key], e.keySpan);
    }
  }
}

function isConditionScalar(node: JsonNode): boolean {
  return scalarText(node) !== undefined;
}

/** Condition maps operators to objects of keys to scalars or arrays of scalars; dates must parse. */
export function checkConditionShape(node: JsonNode, path: JsonPath, out: Collector) {
  if (node.kind !== 'object') {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, path, node.span);
    return;
  }
  for (const block of node.entries) {
    const at: JsonPath = [...path, block.key];
    const op = parseOperator(block.key);
    if (block.value.kind !== 'object') {
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, at, block.value.span);
      continue;
    }
    // IAM ignores an unknown operator with an empty block, and rejects it otherwise.
    if (!op && block.value.entries.length > 0)
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, at, block.keySpan);
    for (const kv of block.value.entries) {
      const v = kv.value;
      const ok = isConditionScalar(v) || (v.kind === 'array' && v.items.every(isConditionScalar));
      if (!ok) {
        out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, [...at, kv.key], v.span);
        continue;
      }
      if (op?.type !== 'Date') continue;
      const items = v.kind === 'array' ? v.items : [v];
      items.forEach((item, i) => {
        const text = scalarText(item) ?? '';
        if (!isValidPolicyDate(text)) {
          const itemPath: JsonPath = v.kind === 'array' ? [...at, kv.key, i] : [...at, kv.key];
          out.add(Phase.Legacy, GRAMMAR_MESSAGES.legacy, itemPath, item.span);
        }
      });
    }
  }
}

/** Actions and resources must exist and have IAM's shapes; trust policies allow only STS actions. */
export function checkActionsAndResources(st: StatementView, kind: PolicyKind, out: Collector) {
  const { node, path } = st;
  const action = fieldOf(node, 'Action', path) ?? fieldOf(node, 'NotAction', path);
  if (!action || (action.node.kind === 'array' && action.node.items.length === 0)) {
    out.add(
      Phase.Actions,
      GRAMMAR_MESSAGES.actions,
      action?.path ?? path,
      (action?.node ?? node).span,
    );
  }
  if (kind !== 'trust') {
    const resource = fieldOf(node, 'Resource', path) ?? fieldOf(node, 'NotResource', path);
    if (!resource || (resource.node.kind === 'array' && resource.node.items.length === 0)) {
      out.add(
        Phase.Resources,
        GRAMMAR_MESSAGES.resources,
        resource?.path ?? path,
        (resource?.node ?? node).span,
      );
    }
    if (resource) {
      for (const r of stringsOf(resource)) {
        const error = checkResourceFormat(r.value);
        if (error) out.add(Phase.ResourceFormat, error, r.path, r.span);
        else if (isLegacyUnparsableResource(r.value))
          out.add(Phase.Legacy, GRAMMAR_MESSAGES.legacy, r.path, r.span);
      }
    }
  }
  for (const name of ['Action', 'NotAction'] as const) {
    const f = fieldOf(node, name, path);
    if (!f) continue;
    for (const a of stringsOf(f)) {
      const error = actionFormatError(a.value);
      if (error) out.add(Phase.ActionFormat, error, a.path, a.span);
      else if (kind === 'trust' && name === 'Action' && !isTrustAction(a.value)) {
        out.add(Phase.ActionFormat, GRAMMAR_MESSAGES.trustActions, a.path, a.span);
      }
    }
  }
}

// The actions a role trust policy may grant (id_roles_terms-and-concepts; id_session-tags;
// id_credentials_temp_control-access_monitor; trusted identity propagation's sts:SetContext).
const TRUST_ACTIONS = [
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
];

/** True for "*" or an action pattern that covers one of the actions a trust policy may grant. */
export function isTrustAction(action: string): boolean {
  return action === '*' || TRUST_ACTIONS.some((t) => patternCovers(action.toLowerCase(), t, false));
}

/** IAM's complaint about an action's shape ("vendor:name", one colon, a plain vendor), if any. */
export function actionFormatError(action: string): string | undefined {
  if (action === '*') return undefined;
  const parts = action.split(':');
  if (parts.length === 1) return GRAMMAR_MESSAGES.vendor;
  if (parts.length > 2) return GRAMMAR_MESSAGES.oneColon;
  const vendor = parts[0] as string;
  if (vendor !== '*' && /[^a-zA-Z0-9\-.]/.test(vendor)) return `Vendor ${vendor} is not valid`;
  return undefined;
}
