// Gathers, for one service and one effect, what each statement says about each of its actions.
import type { CatalogAction, CatalogActionDetail, ServiceCatalog } from '../../types';
import type { SummaryCondition, SummaryStatement } from './policy-statements';
import { arnService, resourceEntryFits } from './resource-applicability';

/** The summary's warnings, in the console's words (UG access_policies_understand-service-summary). */
export const WARNINGS = {
  wildcardOnly:
    'This action does not support resource-level permissions. This requires a wildcard (*) for the resource.',
  noResource: 'This action does not have an applicable resource.',
  noResourceAndCondition: 'This action does not have an applicable resource and condition.',
  multipleConditionKeys: 'Multiple condition keys are not supported for this action.',
  noResourcesDefined: 'No resources are defined.',
  actionsWithoutResource: 'One or more actions do not have an applicable resource.',
  resourcesWithoutAction: 'One or more resources do not have an applicable action.',
  actionsWithoutCondition: 'One or more actions do not have an applicable condition.',
  conditionsWithoutAction: 'One or more conditions do not have an applicable action.',
  noActionsDefined: 'No actions are defined.',
} as const;

/** "<KEY> is not a supported condition key for this action." */
export function unsupportedKeyWarning(key: string): string {
  return `${key} is not a supported condition key for this action.`;
}

/** What the statements say about one action. */
export interface ActionFacts {
  action: CatalogAction;
  /** Resource entries that apply to the action, one list per statement that grants it. */
  resourceLists: Array<readonly string[]>;
  notResource: boolean;
  /** The conditions of each statement that grants it. */
  conditionLists: Array<readonly SummaryCondition[]>;
  /** At least one statement names an applicable resource. */
  grants: boolean;
  /** Resource warning when no statement grants. */
  resourceWarning?: string;
  /** Service condition keys the action does not support, from the statements. */
  unsupportedKeys?: Set<string>;
}

function keySupported(key: string, detail: CatalogActionDetail): boolean {
  const lower = key.toLowerCase();
  const stem = lower.includes('/') ? lower.slice(0, lower.indexOf('/') + 1) : undefined;
  const supports = (k: string) => {
    const candidate = k.toLowerCase();
    return candidate === lower || (stem !== undefined && candidate.startsWith(stem));
  };
  return (
    detail.conditionKeys.some(supports) ||
    detail.resourceTypes.some((rt) => rt.conditionKeys.some(supports))
  );
}

const NONE: readonly string[] = [];

/** One service under one effect, built up statement by statement. */
export class ServiceAccumulator {
  readonly actions = new Map<string, ActionFacts>();
  readonly resources: string[] = [];
  readonly conditions: SummaryCondition[] = [];
  readonly unrecognizedActions: string[] = [];
  readonly resourcesWithoutAction = new Set<string>();
  readonly conditionsWithoutAction = new Set<string>();
  notResourceOnly = true;
  detailMissing = false;

  constructor(
    readonly prefix: string,
    private readonly catalog: ServiceCatalog,
  ) {}

  /** Whether a resource entry concerns this service (by its ARN's service segment or format). */
  concerns(entry: string): boolean {
    if (entry === '*') return true;
    const service = arnService(entry);
    if (service === undefined) return false;
    if (service === this.prefix || service.includes('*') || service.includes('?')) return true;
    const types = this.catalog.resourceTypesOf(this.prefix) ?? [];
    return types.some((t) => resourceEntryFits(entry, t.arnFormat));
  }

  /** Adds one statement's covered actions of this service. Returns the entries it used. */
  addStatement(statement: SummaryStatement, actions: readonly CatalogAction[]): Set<string> {
    const concerned = statement.resources.filter((e) => statement.notResource || this.concerns(e));
    // A statement that names "*" covers every resource: it shows as "All resources".
    const entries = !statement.notResource && concerned.includes('*') ? ['*'] : concerned;
    if (!statement.notResource) this.notResourceOnly = false;
    const serviceKeys = statement.conditions.filter((c) =>
      c.key.toLowerCase().startsWith(`${this.prefix}:`),
    );
    const used = new Set<string>();
    const keysUsed = new Set<string>();
    const anyWildcard = statement.notResource || entries.includes('*');
    const types = this.catalog.resourceTypesOf(this.prefix);
    if (anyWildcard && serviceKeys.length === 0) {
      // Every action applies to "*" and global keys to every action: no detail needed.
      for (const action of actions) this.record(action, statement, entries, undefined, NONE);
      entries.forEach((e) => used.add(e));
    }
    for (const action of anyWildcard && serviceKeys.length === 0 ? [] : actions) {
      const detail = this.catalog.actionDetail(`${action.service}:${action.name}`);
      let fits: readonly string[] = entries;
      let warning: string | undefined;
      if (!detail) this.detailMissing = true;
      if (entries.length === 0) {
        fits = NONE;
        warning = WARNINGS.noResource;
      } else if (detail && !anyWildcard) {
        if (detail.resourceTypes.length === 0) {
          fits = NONE;
          warning = WARNINGS.wildcardOnly;
        } else {
          const formats = detail.resourceTypes
            .map((rt) => types?.find((t) => t.name === rt.name)?.arnFormat)
            .filter((f): f is string => f !== undefined);
          fits = entries.filter((e) => formats.some((f) => resourceEntryFits(e, f)));
          if (fits.length === 0) warning = WARNINGS.noResource;
        }
      }
      fits.forEach((e) => used.add(e));
      const unsupported = detail
        ? serviceKeys.filter((c) => !keySupported(c.key, detail)).map((c) => c.key)
        : NONE;
      if (detail) {
        for (const c of serviceKeys) if (keySupported(c.key, detail)) keysUsed.add(c.key);
      }
      this.record(action, statement, fits, warning, unsupported);
    }
    if (types && !anyWildcard) {
      for (const e of entries) if (!used.has(e)) this.resourcesWithoutAction.add(e);
    }
    if (types) {
      for (const c of serviceKeys) {
        if (!keysUsed.has(c.key)) this.conditionsWithoutAction.add(c.key);
      }
    }
    // The Resource and Request condition columns show what applies: resources some action uses
    // (all of them when details are missing) and conditions some action supports.
    this.resources.push(...(types && !anyWildcard ? entries.filter((e) => used.has(e)) : entries));
    this.conditions.push(
      ...statement.conditions.filter((c) => !this.conditionsWithoutAction.has(c.key)),
    );
    return new Set(concerned);
  }

  private record(
    action: CatalogAction,
    statement: SummaryStatement,
    fits: readonly string[],
    warning: string | undefined,
    unsupported: readonly string[],
  ): void {
    const key = action.name;
    let facts = this.actions.get(key);
    if (!facts) {
      facts = {
        action,
        resourceLists: [],
        notResource: statement.notResource,
        conditionLists: [],
        grants: false,
      };
      this.actions.set(key, facts);
    }
    if (warning === undefined) {
      facts.grants = true;
      facts.resourceWarning = undefined;
      facts.resourceLists.push(fits);
      facts.notResource = facts.notResource && statement.notResource;
      facts.conditionLists.push(statement.conditions);
    } else if (!facts.grants) {
      facts.resourceWarning = warning;
    } else {
      return;
    }
    if (unsupported.length > 0) {
      const keys = (facts.unsupportedKeys ??= new Set());
      unsupported.forEach((k) => keys.add(k));
    }
  }
}
