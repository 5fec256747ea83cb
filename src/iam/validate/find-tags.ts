// Access Analyzer's checks on aws:ResourceTag conditions over actions that do not support the key
// (access-analyzer-reference-policy-checks: "Allow/Deny with unsupported tag condition key for
// service"). The key is then absent from the request, so the condition never matches: an Allow
// grants nothing for those actions, a Deny denies nothing. Needs the services' detail loaded.
import type { CatalogAction, ServiceCatalog } from '../types';
import { isFull, report, type CheckContext } from './context';
import { entryOf, fieldOf, stringsOf, type StatementView } from './policy-view';

const TAG_KEY = 'aws:resourcetag/${tagkey}';
/** Actions expanded per statement at most; a broader statement is not checked. */
const MAX_ACTIONS = 2000;

/** Messages of the tag condition key checks, in Access Analyzer's words. */
export const TAG_MESSAGES = {
  allow: (prefixes: string) =>
    `Using the effect Allow with the tag condition key and actions for services with the following prefixes does not affect the policy: ${prefixes}. Actions for the listed service are not allowed by this statement. We recommend that you move these actions to a different statement without this condition key.`,
  deny: (prefixes: string) =>
    `Using the effect Deny with the tag condition key and actions for services with the following prefixes can be overly permissive: ${prefixes}. Actions for the listed services are not denied by this statement. We recommend that you move these actions to a different statement without this condition key.`,
} as const;

function usesResourceTag(st: StatementView): boolean {
  const condition = entryOf(st.node, 'Condition')?.value;
  if (condition?.kind !== 'object') return false;
  return condition.entries.some(
    (block) =>
      block.value.kind === 'object' &&
      block.value.entries.some((kv) => kv.key.toLowerCase().startsWith('aws:resourcetag/')),
  );
}

/** True when the action, or one of its resource types, lists aws:ResourceTag/${TagKey}. */
function supportsResourceTag(catalog: ServiceCatalog, action: CatalogAction): boolean {
  const detail = catalog.actionDetail(`${action.service}:${action.name}`);
  if (!detail) return true; // Unknown without the detail: say nothing.
  const has = (keys: readonly string[]) => keys.some((k) => k.toLowerCase() === TAG_KEY);
  if (has(detail.conditionKeys)) return true;
  if (detail.resourceTypes.some((rt) => has(rt.conditionKeys))) return true;
  const types = catalog.resourceTypesOf(action.service) ?? [];
  return detail.resourceTypes.some((rt) =>
    types.some((t) => t.name === rt.name && has(t.conditionKeys)),
  );
}

/** Statements with an aws:ResourceTag condition and actions of services that do not support it. */
export function checkTagConditionKeys(ctx: CheckContext): void {
  const { catalog } = ctx;
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object' || !usesResourceTag(st)) continue;
    const effect = entryOf(st.node, 'Effect')?.value;
    if (effect?.kind !== 'string' || (effect.value !== 'Allow' && effect.value !== 'Deny'))
      continue;
    const action = fieldOf(st.node, 'Action', st.path);
    if (!action) continue;
    const unsupported = new Set<string>();
    let expanded = 0;
    for (const a of stringsOf(action)) {
      if (a.value === '*') continue;
      const colon = a.value.indexOf(':');
      const prefix = a.value.slice(0, colon).toLowerCase();
      if (colon <= 0 || !catalog.hasService(prefix) || !catalog.isServiceLoaded(prefix)) continue;
      const actions = catalog.expandActionPattern(a.value);
      expanded += actions.length;
      if (expanded > MAX_ACTIONS) return;
      if (actions.some((x) => !supportsResourceTag(catalog, x))) unsupported.add(prefix);
    }
    if (unsupported.size === 0) continue;
    const prefixes = [...unsupported].sort().join(', ');
    if (effect.value === 'Allow') {
      report(
        ctx,
        'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        TAG_MESSAGES.allow(prefixes),
        action.path,
        action.node.span,
      );
    } else {
      report(
        ctx,
        'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        TAG_MESSAGES.deny(prefixes),
        action.path,
        action.node.span,
      );
    }
  }
}
