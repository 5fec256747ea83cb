// Access Analyzer checks on Principal and NotPrincipal in resource-based and trust policies
// (access-analyzer-reference-policy-checks; reference_policies_elements_principal).
import type { JsonPath } from '../parse/parse-policy';
import { isFull, report, type CheckContext } from './context';
import { dataTypeMismatch } from './find-structure';
import { hasWildcard } from './patterns';
import { entryOf, fieldOf, stringsOf, type StatementView } from './policy-view';

const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

/** Messages of the principal checks, in Access Analyzer's words. */
export const PRINCIPAL_MESSAGES = {
  invalidFormat:
    'The Principal element contents are not valid. Specify a key-value pair in the Principal element.',
  invalidKey: (key: string) => `The principal key ${key} is not valid.`,
  emptyObject:
    'This statement includes no principals and does not affect the policy. Specify principals.',
  emptyArray:
    'This statement includes no principals and does not affect the policy. Specify principals.',
  wildcard:
    'Wildcards (*, ?) are not supported with the principal key. Replace the wildcard with a valid principal value.',
  roleId:
    'The Principal element includes the IAM role ID. We recommend that you use a role ARN instead.',
  userId:
    'The Principal element includes the IAM user ID. We recommend that you use a user ARN instead.',
  allowNotPrincipal:
    'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.',
} as const;

/** Checks Principal and NotPrincipal where the policy kind allows them (resource and trust). */
export function checkPrincipals(ctx: CheckContext): void {
  if (ctx.kind !== 'resource' && ctx.kind !== 'trust') return;
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    for (const name of ['Principal', 'NotPrincipal'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (f) checkPrincipal(ctx, f.node, f.path);
    }
    checkAllowWithNotPrincipal(ctx, st);
  }
}

function checkPrincipal(ctx: CheckContext, node: StatementView['node'], path: JsonPath) {
  if (node.kind === 'string') {
    if (node.value !== '*')
      report(ctx, 'INVALID_PRINCIPAL_FORMAT', PRINCIPAL_MESSAGES.invalidFormat, path, node.span);
    return;
  }
  if (node.kind !== 'object') {
    report(ctx, 'INVALID_PRINCIPAL_FORMAT', PRINCIPAL_MESSAGES.invalidFormat, path, node.span);
    return;
  }
  if (node.entries.length === 0) {
    report(ctx, 'EMPTY_OBJECT_PRINCIPAL', PRINCIPAL_MESSAGES.emptyObject, path, node.span);
    return;
  }
  for (const e of node.entries) {
    const at: JsonPath = [...path, e.key];
    if (!PRINCIPAL_KEYS.has(e.key)) {
      report(ctx, 'INVALID_PRINCIPAL_KEY', PRINCIPAL_MESSAGES.invalidKey(e.key), at, e.keySpan);
      continue;
    }
    const v = e.value;
    if (v.kind === 'array' && v.items.length === 0) {
      report(ctx, 'EMPTY_ARRAY_PRINCIPAL', PRINCIPAL_MESSAGES.emptyArray, at, v.span);
      continue;
    }
    if (v.kind !== 'string' && v.kind !== 'array') {
      report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), at, v.span);
      continue;
    }
    if (v.kind === 'array') {
      v.items.forEach((item, i) => {
        if (item.kind !== 'string')
          report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('String'), [...at, i], item.span);
      });
    }
    for (const p of stringsOf({ node: v, path: at })) {
      if (p.value === '*') continue;
      if (hasWildcard(p.value) && e.key !== 'CanonicalUser') {
        report(
          ctx,
          'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
          PRINCIPAL_MESSAGES.wildcard,
          p.path,
          p.span,
        );
      } else if (e.key === 'AWS' && /^AROA[A-Z0-9]{8,}$/.test(p.value)) {
        report(ctx, 'INVALID_ROLE_REFERENCE', PRINCIPAL_MESSAGES.roleId, p.path, p.span);
      } else if (e.key === 'AWS' && /^AIDA[A-Z0-9]{8,}$/.test(p.value)) {
        report(ctx, 'INVALID_USER_REFERENCE', PRINCIPAL_MESSAGES.userId, p.path, p.span);
      }
    }
  }
}

function checkAllowWithNotPrincipal(ctx: CheckContext, st: StatementView) {
  const notPrincipal = entryOf(st.node, 'NotPrincipal');
  const effect = entryOf(st.node, 'Effect')?.value;
  if (notPrincipal && effect?.kind === 'string' && effect.value === 'Allow') {
    report(
      ctx,
      'ALLOW_WITH_NOT_PRINCIPAL',
      PRINCIPAL_MESSAGES.allowNotPrincipal,
      [...st.path, 'NotPrincipal'],
      notPrincipal.keySpan,
    );
  }
}
