// Action and NotAction lists (reference_policies_elements_action): exact names in a set, wildcard
// patterns grouped by service prefix, so a request only tries the patterns of its own service.
import { compileWildcard, type Matcher } from './wildcard';

/** A compiled Action or NotAction list. */
export interface ActionSet {
  /** Lower-case full names without wildcards: "s3:getobject". */
  exact: Set<string>;
  /** Wildcard patterns by lower-case service prefix ("s3:get*" under "s3"). */
  byService: Map<string, Matcher[]>;
  /** Patterns whose service part has a wildcard ("*", "s3*:get*"): tried for every action. */
  anyService: Matcher[];
  /** Lower-case service prefixes this list can match; null when a pattern covers any service. */
  services: Set<string> | null;
}

/** Compiles an Action/NotAction list: names are case-insensitive, `*` and `?` are wildcards. */
export function compileActions(list: readonly string[]): ActionSet {
  const set: ActionSet = {
    exact: new Set(),
    byService: new Map(),
    anyService: [],
    services: new Set(),
  };
  for (const raw of list) {
    const lower = raw.toLowerCase();
    const colon = lower.indexOf(':');
    const service = colon >= 0 ? lower.slice(0, colon) : lower;
    const wildService = /[*?]/.test(service) || colon < 0;
    if (wildService) set.services = null;
    else set.services?.add(service);
    if (!/[*?]/.test(lower)) {
      set.exact.add(lower);
      continue;
    }
    const matcher = compileWildcard(lower, 'action');
    if (wildService) set.anyService.push(matcher);
    else {
      const list = set.byService.get(service);
      if (list) list.push(matcher);
      else set.byService.set(service, [matcher]);
    }
  }
  return set;
}

/** True when the lower-case action (of the given lower-case service) is in the set. */
export function actionInSet(set: ActionSet, actionLower: string, service: string): boolean {
  if (set.exact.has(actionLower)) return true;
  const own = set.byService.get(service);
  if (own) for (let k = 0; k < own.length; k++) if ((own[k] as Matcher)(actionLower)) return true;
  const any = set.anyService;
  for (let k = 0; k < any.length; k++) if ((any[k] as Matcher)(actionLower)) return true;
  return false;
}
