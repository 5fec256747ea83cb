// Which catalog actions a statement's Action or NotAction covers, service by service.
import type { CatalogAction, ServiceCatalog } from '../../types';
import { hasWildcard, matchesActionPattern } from '../wildcard';
import type { SummaryStatement } from './policy-statements';

/** The actions of a statement, grouped by service prefix. */
export interface CoveredActions {
  /** Known services → the catalog actions covered. */
  byService: Map<string, CatalogAction[]>;
  /** Known services → action names the catalog does not know ("Uncategorized actions"). */
  unrecognized: Map<string, string[]>;
  /** Service prefixes the catalog does not know → the actions written for them. */
  unknownServices: Map<string, string[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The actions an Action list covers; patterns are matched case-insensitively with * and ?. */
function coveredByAction(patterns: readonly string[], catalog: ServiceCatalog): CoveredActions {
  const byService = new Map<string, Set<CatalogAction>>();
  const unrecognized = new Map<string, string[]>();
  const unknownServices = new Map<string, string[]>();
  const add = (action: CatalogAction) => {
    let set = byService.get(action.service);
    if (!set) byService.set(action.service, (set = new Set()));
    set.add(action);
  };
  // Each distinct pattern once: a list that repeats "*" thousands of times costs one expansion.
  for (const pattern of new Set(patterns)) {
    const colon = pattern.indexOf(':');
    if (pattern === '*') {
      for (const prefix of catalog.servicePrefixes()) catalog.actionsOf(prefix).forEach(add);
      continue;
    }
    if (colon < 0) {
      push(unknownServices, pattern, pattern);
      continue;
    }
    const servicePart = pattern.slice(0, colon).toLowerCase();
    const namePart = pattern.slice(colon + 1);
    const matched = catalog.expandActionPattern(pattern);
    matched.forEach(add);
    if (matched.length > 0 || hasWildcard(servicePart)) continue;
    if (catalog.hasService(servicePart)) push(unrecognized, servicePart, namePart);
    else push(unknownServices, servicePart, namePart);
  }
  return {
    byService: new Map([...byService].map(([k, v]) => [k, [...v]])),
    unrecognized,
    unknownServices,
  };
}

/** The actions a NotAction list leaves: every catalog action that matches none of the patterns. */
function coveredByNotAction(patterns: readonly string[], catalog: ServiceCatalog): CoveredActions {
  const byService = new Map<string, CatalogAction[]>();
  // Patterns whose service part has no wildcard only concern that service.
  const forService = new Map<string, string[]>();
  const everywhere: string[] = [];
  for (const pattern of patterns) {
    const colon = pattern.indexOf(':');
    const servicePart = colon < 0 ? pattern : pattern.slice(0, colon);
    if (colon < 0 || hasWildcard(servicePart)) everywhere.push(pattern);
    else push(forService, servicePart.toLowerCase(), pattern.slice(colon + 1));
  }
  for (const prefix of catalog.servicePrefixes()) {
    const names = forService.get(prefix) ?? [];
    const kept = catalog
      .actionsOf(prefix)
      .filter(
        (a) =>
          !names.some((n) => matchesActionPattern(n, a.name)) &&
          !everywhere.some((p) => matchesActionPattern(p, `${a.service}:${a.name}`)),
      );
    if (kept.length > 0) byService.set(prefix, kept);
  }
  return { byService, unrecognized: new Map(), unknownServices: new Map() };
}

/** The actions a statement covers (Action) or leaves uncovered by its NotAction list. */
export function coveredActions(
  statement: SummaryStatement,
  catalog: ServiceCatalog,
): CoveredActions {
  return statement.notAction
    ? coveredByNotAction(statement.actions, catalog)
    : coveredByAction(statement.actions, catalog);
}
