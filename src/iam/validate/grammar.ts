// IAM's own grammar check: what makes CreatePolicy, PutUserPolicy or UpdateAssumeRolePolicy fail
// with MalformedPolicyDocument, in AWS's words (iam-console.md §5.3; reference_policies_grammar).
// IAM answers with one message; the errors here come in the order IAM checks, so the first one is
// the message AWS would give.
import type { GrammarError, PolicyKind } from '../types';
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import {
  checkActionsAndResources,
  checkConditionShape,
  checkPrincipalShape,
} from './grammar-elements';
import { checkBucketScope } from './grammar-bucket';
import { checkPrincipalValues, type PrincipalExists } from './grammar-principals';
import { Collector, GRAMMAR_MESSAGES, Phase, POLICY_VERSIONS } from './grammar-errors';
import {
  entryOf,
  fieldOf,
  isStringOrStringArray,
  statementsOf,
  type StatementView,
} from './policy-view';
import type { PolicyPurpose } from './quotas';

export { GRAMMAR_MESSAGES, POLICY_VERSIONS } from './grammar-errors';
export { actionFormatError } from './grammar-elements';

/** What the save is checked against besides the document: the bucket, and which principals exist. */
export interface GrammarScope {
  /** For a bucket policy: S3 rejects resources outside this bucket and non-S3 actions. */
  bucketName?: string;
  /** IAM rejects a trust or bucket policy naming a user or role that does not exist. */
  principalExists?: PrincipalExists;
}

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
const PAIRS = [
  ['Action', 'NotAction'],
  ['Resource', 'NotResource'],
  ['Principal', 'NotPrincipal'],
] as const;

/**
 * IAM's grammar check of a parsed policy document: every way the save would fail with
 * MalformedPolicyDocument, AWS's own message first. Size quotas are checked separately. With a
 * bucket name, a bucket policy also gets S3's checks (resources in the bucket, S3 actions only).
 */
export function checkGrammar(
  root: JsonNode,
  kind: PolicyKind,
  purpose: PolicyPurpose,
  scope: GrammarScope = {},
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
    checkStatement(st, kind, out, sids, scope.principalExists);
  }
  if (scope.bucketName !== undefined && kind === 'resource')
    checkBucketScope(root, scope.bucketName, out);
  return out.sorted();
}

function checkStatement(
  st: StatementView,
  kind: PolicyKind,
  out: Collector,
  sids: Set<string>,
  principalExists?: PrincipalExists,
) {
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
    if (f && principalAllowed) {
      checkPrincipalShape(f.node, f.path, out);
      checkPrincipalValues(f.node, f.path, kind, out, principalExists);
    }
  }
  const condition = fieldOf(node, 'Condition', path);
  if (condition) checkConditionShape(condition.node, condition.path, out);

  checkActionsAndResources(st, kind, out);
}
