// IAM's own grammar check: what makes CreatePolicy, PutUserPolicy or UpdateAssumeRolePolicy fail
// with MalformedPolicyDocument, in AWS's words (iam-console.md §5.3; reference_policies_grammar).
// IAM answers with one message; the errors here come in the order IAM checks, so the first one is
// the message AWS would give.
import type { GrammarError, PolicyKind, SourceSpan } from '../types';
import type { JsonNode } from '../parse/json-with-positions';
import { formatJsonPath, type JsonPath } from '../parse/parse-policy';
import { parseOperator } from './operators';
import {
  entryOf,
  fieldOf,
  isStringOrStringArray,
  scalarText,
  statementsOf,
  stringsOf,
  type StatementView,
} from './policy-view';
import type { PolicyPurpose } from './quotas';
import { checkResourceFormat, isLegacyUnparsableResource } from './grammar-resources';
import { isValidPolicyDate } from './values';

/** IAM's grammar messages. */
export const GRAMMAR_MESSAGES = {
  syntax: 'Syntax errors in policy.',
  invalidJson: 'This policy contains invalid Json',
  version: 'Policy document must be version 2012-10-17 or greater.',
  legacy: 'The policy failed legacy parsing',
  principal: 'Policy document should not specify a principal.',
  missingPrincipal: 'Missing required field Principal',
  sids: 'Statement IDs (SID) in a single policy must be unique.',
  actions: 'Policy statement must contain actions.',
  resources: 'Policy statement must contain resources.',
  vendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  oneColon: 'Actions/Condition can contain only one colon.',
  trustActions: 'AssumeRole policy may only specify STS AssumeRole actions.',
} as const;

/** The Version values IAM accepts. */
export const POLICY_VERSIONS = ['2008-10-17', '2012-10-17'] as const;

const TOP_ELEMENTS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const PAIRS = [
  ['Action', 'NotAction'],
  ['Resource', 'NotResource'],
  ['Principal', 'NotPrincipal'],
] as const;

// IAM checks in this order; each error carries its phase so the list can be sorted stably.
enum Phase {
  Syntax,
  Version,
  Legacy,
  Sids,
  Actions,
  Resources,
  ResourceFormat,
  ActionFormat,
}

/** At most this many grammar errors are kept; a 1 MB document must not produce a million. */
const MAX_ERRORS = 200;

class Collector {
  private items: Array<{ phase: Phase; error: GrammarError }> = [];
  add(phase: Phase, message: string, path: JsonPath, span?: SourceSpan): void {
    if (this.items.length >= MAX_ERRORS) return;
    const error: GrammarError = { code: 'MalformedPolicyDocument', message };
    error.path = formatJsonPath(path);
    if (span) error.span = span;
    this.items.push({ phase, error });
  }
  sorted(): GrammarError[] {
    return [...this.items].sort((a, b) => a.phase - b.phase).map((i) => i.error);
  }
}

/**
 * IAM's grammar check of a parsed policy document: every way the save would fail with
 * MalformedPolicyDocument, AWS's own message first. Size quotas are checked separately.
 */
export function checkGrammar(
  root: JsonNode,
  kind: PolicyKind,
  purpose: PolicyPurpose,
): GrammarError[] {
  const out = new Collector();
  if (root.kind !== 'object') {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, [], root.span);
    return out.sorted();
  }
  for (const e of root.entries) {
    if (!TOP_ELEMENTS.has(e.key))
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, [e.key], e.keySpan);
  }
  const version = entryOf(root, 'Version');
  if (version) {
    const v = version.value;
    if (v.kind !== 'string' || !(POLICY_VERSIONS as readonly string[]).includes(v.value)) {
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, ['Version'], v.span);
    }
  }
  // Managed policies (and so boundaries) need the 2012-10-17 language; inline, trust and resource
  // policies still accept 2008-10-17 or no Version at all.
  const versionValue = version?.value.kind === 'string' ? version.value.value : undefined;
  if ((purpose === 'managed' || kind === 'boundary') && versionValue !== '2012-10-17') {
    if (!version || versionValue === '2008-10-17') {
      out.add(Phase.Version, GRAMMAR_MESSAGES.version, ['Version'], (version?.value ?? root).span);
    }
  }
  const id = entryOf(root, 'Id');
  if (id && id.value.kind !== 'string')
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, ['Id'], id.value.span);

  const statement = entryOf(root, 'Statement');
  const statementNode = statement?.value;
  if (
    !statementNode ||
    (statementNode.kind !== 'object' && statementNode.kind !== 'array') ||
    (statementNode.kind === 'array' && statementNode.items.length === 0)
  ) {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, ['Statement'], (statementNode ?? root).span);
    return out.sorted();
  }
  const sids = new Set<string>();
  for (const st of statementsOf(root)) {
    checkStatement(st, kind, out, sids);
  }
  return out.sorted();
}

function checkStatement(st: StatementView, kind: PolicyKind, out: Collector, sids: Set<string>) {
  const { node, path } = st;
  if (node.kind !== 'object') {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, path, node.span);
    return;
  }
  const principalAllowed = kind === 'resource' || kind === 'trust';
  for (const e of st.entries) {
    const at: JsonPath = [...path, e.key];
    if (!STATEMENT_ELEMENTS.has(e.key)) {
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, at, e.keySpan);
    } else if ((e.key === 'Principal' || e.key === 'NotPrincipal') && !principalAllowed) {
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.principal, at, e.keySpan);
    } else if ((e.key === 'Resource' || e.key === 'NotResource') && kind === 'trust') {
      out.add(Phase.Syntax, `Has prohibited field ${e.key}.`, at, e.keySpan);
    }
  }
  for (const [a, b] of PAIRS) {
    if (entryOf(node, a) && entryOf(node, b))
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, path, node.span);
  }
  if (principalAllowed && !entryOf(node, 'Principal') && !entryOf(node, 'NotPrincipal')) {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.missingPrincipal, path, node.span);
  }

  const effect = fieldOf(node, 'Effect', path);
  if (!effect || effect.node.kind !== 'string') {
    out.add(
      Phase.Syntax,
      GRAMMAR_MESSAGES.syntax,
      effect?.path ?? path,
      (effect?.node ?? node).span,
    );
  } else if (!['allow', 'deny'].includes(effect.node.value.toLowerCase())) {
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, effect.path, effect.node.span);
  } else if (effect.node.value !== 'Allow' && effect.node.value !== 'Deny') {
    // "allow" passes the syntax check but not IAM's case-sensitive legacy parser.
    out.add(Phase.Legacy, GRAMMAR_MESSAGES.legacy, effect.path, effect.node.span);
  }

  for (const name of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
    const f = fieldOf(node, name, path);
    if (f && !isStringOrStringArray(f.node))
      out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, f.path, f.node.span);
  }
  const sid = fieldOf(node, 'Sid', path);
  if (sid && sid.node.kind !== 'string')
    out.add(Phase.Syntax, GRAMMAR_MESSAGES.syntax, sid.path, sid.node.span);
  if (sid && sid.node.kind === 'string' && sid.node.value !== '') {
    if (sids.has(sid.node.value) && kind !== 'resource') {
      out.add(Phase.Sids, GRAMMAR_MESSAGES.sids, sid.path, sid.node.span);
    }
    sids.add(sid.node.value);
  }
  for (const name of ['Principal', 'NotPrincipal'] as const) {
    const f = fieldOf(node, name, path);
    if (f && principalAllowed) checkPrincipalShape(f.node, f.path, out);
  }
  const condition = fieldOf(node, 'Condition', path);
  if (condition) checkConditionShape(condition.node, condition.path, out);

  checkActionsAndResources(st, kind, out);
}

function checkPrincipalShape(node: JsonNode, path: JsonPath, out: Collector) {
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

function checkConditionShape(node: JsonNode, path: JsonPath, out: Collector) {
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

function checkActionsAndResources(st: StatementView, kind: PolicyKind, out: Collector) {
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
      else if (
        kind === 'trust' &&
        name === 'Action' &&
        a.value !== '*' &&
        !/^sts:/i.test(a.value)
      ) {
        out.add(Phase.ActionFormat, GRAMMAR_MESSAGES.trustActions, a.path, a.span);
      }
    }
  }
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
