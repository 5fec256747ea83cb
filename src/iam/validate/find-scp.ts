// Access Analyzer's SCP syntax checks (access-analyzer-reference-policy-checks, "SCP syntax error
// ..."). They describe the SCP language before AWS Organizations accepted the full IAM policy
// language (September 2025), so they run only when a lab asks for the legacy SCP syntax.
import { isFull, report, type CheckContext } from './context';
import { entryOf, fieldOf, stringsOf } from './policy-view';

/** Messages of the legacy SCP syntax checks, in Access Analyzer's words. */
export const SCP_MESSAGES = {
  allowCondition:
    'SCPs do not support the Condition element with effect Allow. Update the element Condition or the effect.',
  allowNotAction:
    'SCPs do not support NotAction with effect Allow. Update the element NotAction or the effect.',
  allowResource:
    'SCPs do not support Resource with effect Allow. Update the element Resource or the effect.',
  notResource:
    'SCPs do not support the NotResource element. Update the policy to use Resource instead.',
  actionWildcard: (action: string) =>
    `SCP actions can include wildcards (*) only at the end of a string. Update ${action}.`,
} as const;

/** The legacy SCP grammar: Condition, NotAction and specific resources only with Deny; no NotResource. */
export function checkLegacyScpSyntax(ctx: CheckContext): void {
  if (ctx.kind !== 'scp' || !ctx.legacyScpSyntax) return;
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    const effect = entryOf(st.node, 'Effect')?.value;
    const allow = effect?.kind === 'string' && effect.value === 'Allow';
    const condition = entryOf(st.node, 'Condition');
    const notAction = entryOf(st.node, 'NotAction');
    const resource = fieldOf(st.node, 'Resource', st.path);
    const notResource = entryOf(st.node, 'NotResource');
    if (allow && condition) {
      report(
        ctx,
        'SCP_SYNTAX_ERROR_ALLOW_CONDITION',
        SCP_MESSAGES.allowCondition,
        [...st.path, 'Condition'],
        condition.keySpan,
      );
    }
    if (allow && notAction) {
      report(
        ctx,
        'SCP_SYNTAX_ERROR_ALLOW_NOT_ACTION',
        SCP_MESSAGES.allowNotAction,
        [...st.path, 'NotAction'],
        notAction.keySpan,
      );
    }
    if (allow && resource && stringsOf(resource).some((r) => r.value !== '*')) {
      report(
        ctx,
        'SCP_SYNTAX_ERROR_ALLOW_RESOURCE',
        SCP_MESSAGES.allowResource,
        resource.path,
        resource.node.span,
      );
    }
    if (notResource) {
      report(
        ctx,
        'SCP_SYNTAX_ERROR_NOT_RESOURCE',
        SCP_MESSAGES.notResource,
        [...st.path, 'NotResource'],
        notResource.keySpan,
      );
    }
    for (const name of ['Action', 'NotAction'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (!f) continue;
      for (const a of stringsOf(f)) {
        const star = a.value.indexOf('*');
        if (star >= 0 && star < a.value.length - 1) {
          report(
            ctx,
            'SCP_SYNTAX_ERROR_ACTION_WILDCARD',
            SCP_MESSAGES.actionWildcard(a.value),
            a.path,
            a.span,
          );
        }
      }
    }
  }
}
