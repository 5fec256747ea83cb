// Access Analyzer checks on the policy's shape: Version, Statement, elements, Effect, Sid, and the
// elements each policy kind requires or forbids (access-analyzer-reference-policy-checks).
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { canonicalText } from './canonical';
import { isFull, isIdentityKind, openingSpan, report, type CheckContext } from './context';
import { POLICY_VERSIONS } from './grammar';
import { entryOf, fieldOf, type StatementView } from './policy-view';

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

/** Messages of the structural checks, in Access Analyzer's words. */
export const STRUCTURE_MESSAGES = {
  missingVersion:
    'We recommend that you specify the Version element to help you with debugging permission issues.',
  missingStatement: 'Add a statement to the policy',
  missingEffect: 'Add an Effect element to the policy statement with a value of Allow or Deny.',
  missingAction: 'Add an Action or NotAction element to the policy statement.',
  missingResource: 'Add a Resource or NotResource element to the policy statement.',
  missingPrincipal: 'Add a Principal element to the policy statement.',
  unsupportedPrincipal:
    'The policy type does not support the Principal element. Remove the Principal element.',
  scpPrincipal:
    'SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.',
  emptyAction:
    'This statement includes no actions and does not affect the policy. Specify actions.',
  emptyResource:
    'This statement includes no resources and does not affect the policy. Specify resources.',
  emptySid: 'Add a value to the empty string in the Sid element.',
  unsupportedSid:
    'Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]',
  uniqueSidsRequired:
    'Duplicate statement IDs are not supported for this policy type. Update the Sid value.',
  uniqueSidsRecommended:
    'We recommend that you use statement IDs that are unique to your policy. Update the Sid value.',
  redundantStatement:
    'The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement.',
} as const;

/** Access Analyzer's "Data type mismatch" message: a value is not of the JSON type its element takes. */
export function dataTypeMismatch(expected: string): string {
  return `The text does not match the expected JSON data type ${expected}.`;
}

/** Checks of the top level and of each statement's elements. */
export function checkStructure(ctx: CheckContext): void {
  const { root } = ctx;
  if (root.kind !== 'object') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Object'), [], root.span);
    return;
  }
  for (const e of root.entries) {
    if (!TOP_ELEMENTS.has(e.key)) {
      report(
        ctx,
        'INVALID_POLICY_ELEMENT',
        `The policy element ${e.key} is not valid.`,
        [e.key],
        e.keySpan,
      );
    }
  }
  checkVersion(ctx, root);
  const statement = entryOf(root, 'Statement');
  const node = statement?.value;
  if (!node || (node.kind === 'array' && node.items.length === 0)) {
    report(
      ctx,
      'MISSING_STATEMENT',
      STRUCTURE_MESSAGES.missingStatement,
      ['Statement'],
      (node ?? root).span,
    );
    return;
  }
  if (node.kind !== 'object' && node.kind !== 'array') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Array'), ['Statement'], node.span);
    return;
  }
  const sids = new Map<string, number>();
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    checkStatementShape(ctx, st, sids);
  }
  checkRedundantStatements(ctx);
}

function checkVersion(ctx: CheckContext, root: JsonNode) {
  const version = entryOf(root, 'Version');
  if (!version) {
    report(ctx, 'MISSING_VERSION', STRUCTURE_MESSAGES.missingVersion, [], openingSpan(root.span));
    return;
  }
  const v = version.value;
  if (v.kind !== 'string') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), ['Version'], v.span);
  } else if (!(POLICY_VERSIONS as readonly string[]).includes(v.value)) {
    report(
      ctx,
      'INVALID_VERSION',
      `The version ${v.value} is not valid. Use one of the following versions: ${POLICY_VERSIONS.join(', ')}`,
      ['Version'],
      v.span,
    );
  }
}

function checkStatementShape(ctx: CheckContext, st: StatementView, sids: Map<string, number>) {
  const { node, path, entries } = st;
  if (node.kind !== 'object') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Object'), path, node.span);
    return;
  }
  const principalKinds = ctx.kind === 'resource' || ctx.kind === 'trust';
  for (const e of entries) {
    const at: JsonPath = [...path, e.key];
    const isPrincipal = e.key === 'Principal' || e.key === 'NotPrincipal';
    if (
      !STATEMENT_ELEMENTS.has(e.key) ||
      ((e.key === 'Resource' || e.key === 'NotResource') && ctx.kind === 'trust')
    ) {
      report(
        ctx,
        'INVALID_POLICY_ELEMENT',
        `The policy element ${e.key} is not valid.`,
        at,
        e.keySpan,
      );
    } else if (isPrincipal && ctx.kind === 'scp') {
      report(ctx, 'SCP_SYNTAX_ERROR_PRINCIPAL', STRUCTURE_MESSAGES.scpPrincipal, at, e.keySpan);
    } else if (isPrincipal && isIdentityKind(ctx.kind)) {
      report(ctx, 'UNSUPPORTED_PRINCIPAL', STRUCTURE_MESSAGES.unsupportedPrincipal, at, e.keySpan);
    }
  }
  for (const [a, b] of PAIRS) {
    const second = entryOf(node, b);
    if (entryOf(node, a) && second) {
      report(
        ctx,
        'UNSUPPORTED_ELEMENT_COMBINATION',
        `The policy elements ${a} and ${b} can not be used in the same statement. Remove one of these elements.`,
        [...path, b],
        second.keySpan,
      );
    }
  }
  const effect = fieldOf(node, 'Effect', path);
  if (!effect) {
    report(ctx, 'MISSING_EFFECT', STRUCTURE_MESSAGES.missingEffect, path, node.span);
  } else if (effect.node.kind !== 'string') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), effect.path, effect.node.span);
  } else if (effect.node.value !== 'Allow' && effect.node.value !== 'Deny') {
    report(
      ctx,
      'INVALID_EFFECT',
      `The effect ${effect.node.value} is not valid. Use Allow or Deny.`,
      effect.path,
      effect.node.span,
    );
  }
  checkListElement(
    ctx,
    st,
    'Action',
    'NotAction',
    'MISSING_ACTION',
    STRUCTURE_MESSAGES.missingAction,
    'EMPTY_ARRAY_ACTION',
    STRUCTURE_MESSAGES.emptyAction,
  );
  if (ctx.kind !== 'trust') {
    checkListElement(
      ctx,
      st,
      'Resource',
      'NotResource',
      'MISSING_RESOURCE',
      STRUCTURE_MESSAGES.missingResource,
      'EMPTY_ARRAY_RESOURCE',
      STRUCTURE_MESSAGES.emptyResource,
    );
  }
  if (principalKinds && !entryOf(node, 'Principal') && !entryOf(node, 'NotPrincipal')) {
    report(ctx, 'MISSING_PRINCIPAL', STRUCTURE_MESSAGES.missingPrincipal, path, node.span);
  }
  checkSid(ctx, st, sids);
}

function checkListElement(
  ctx: CheckContext,
  st: StatementView,
  name: string,
  notName: string,
  missingCode: string,
  missingMessage: string,
  emptyCode: string,
  emptyMessage: string,
) {
  const f = fieldOf(st.node, name, st.path) ?? fieldOf(st.node, notName, st.path);
  if (!f) {
    report(ctx, missingCode, missingMessage, st.path, st.node.span);
    return;
  }
  if (f.node.kind === 'array') {
    if (f.node.items.length === 0) report(ctx, emptyCode, emptyMessage, f.path, f.node.span);
    f.node.items.forEach((item, i) => {
      if (item.kind !== 'string') {
        report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), [...f.path, i], item.span);
      }
    });
  } else if (f.node.kind !== 'string') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Array'), f.path, f.node.span);
  }
  // Both halves of a pair present: the second one gets its own type checks too.
  const other = f.path[f.path.length - 1] === name ? fieldOf(st.node, notName, st.path) : undefined;
  if (other && other.node.kind !== 'string' && other.node.kind !== 'array') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Array'), other.path, other.node.span);
  }
}

function checkSid(ctx: CheckContext, st: StatementView, sids: Map<string, number>) {
  const sid = fieldOf(st.node, 'Sid', st.path);
  if (!sid) return;
  if (sid.node.kind !== 'string') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), sid.path, sid.node.span);
    return;
  }
  const value = sid.node.value;
  if (value === '') {
    report(ctx, 'EMPTY_SID_VALUE', STRUCTURE_MESSAGES.emptySid, sid.path, sid.node.span);
    return;
  }
  // IAM (identity, boundary, trust) and SCP statement IDs are alphanumeric; resource policies of
  // other services allow more.
  if (ctx.kind !== 'resource' && !/^[a-zA-Z0-9]+$/.test(value)) {
    report(ctx, 'UNSUPPORTED_SID', STRUCTURE_MESSAGES.unsupportedSid, sid.path, sid.node.span);
  }
  if (sids.has(value)) {
    if (ctx.kind === 'resource') {
      report(
        ctx,
        'UNIQUE_SIDS_RECOMMENDED',
        STRUCTURE_MESSAGES.uniqueSidsRecommended,
        sid.path,
        sid.node.span,
      );
    } else {
      report(
        ctx,
        'UNIQUE_SIDS_REQUIRED',
        STRUCTURE_MESSAGES.uniqueSidsRequired,
        sid.path,
        sid.node.span,
      );
    }
  }
  sids.set(value, st.index);
}

function checkRedundantStatements(ctx: CheckContext) {
  const seen = new Set<string>();
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    const key = canonicalText(st.node, 'Sid');
    if (seen.has(key)) {
      report(
        ctx,
        'REDUNDANT_STATEMENT',
        STRUCTURE_MESSAGES.redundantStatement,
        st.path,
        st.node.span,
      );
    }
    seen.add(key);
  }
}
