// The console's "Permissions defined in this policy" table: the policy summary (one row per
// service) and, per service, the service summary (one row per action).
// Source: UG access_policies_understand-policy-summary, access_policies_understand-service-summary,
// access_policies_understand-policy-summary-access-level-summaries.
import type { AccessLevel, Effect, ServiceCatalog } from '../../types';
import { readStatements, type SummaryStatement } from './policy-statements';
import { arnService } from './resource-applicability';
import {
  ServiceAccumulator,
  WARNINGS,
  unsupportedKeyWarning,
  type ActionFacts,
} from './service-accumulator';
import { coveredActions } from './statement-actions';
import {
  SUMMARY_LEVELS,
  accessLevelText,
  conditionsText,
  resourcesText,
  serviceShortName,
  type AccessLevelCount,
} from './summary-text';

/** One row of a service summary: an action with its resource and request condition. */
export interface ActionSummary {
  /** "s3:GetObject" */
  action: string;
  name: string;
  accessLevel: AccessLevel;
  /** False shows as "(No access)": no statement names a resource the action applies to. */
  grantsAccess: boolean;
  resource: string;
  resourceWarning?: string;
  condition: string;
  conditionWarning?: string;
}

/** One row of the policy summary: a service with its access level, resource and condition. */
export interface ServiceSummary {
  /** Service prefix, lower case: "s3". */
  service: string;
  /** The console's short name: "S3", "EC2", "IAM", "STS". */
  serviceName: string;
  /** The reference's full name: "Amazon S3". */
  serviceFullName: string;
  effect: Effect;
  /** "Full access", "Full: List, Read Limited: Write", "Limited: Read", or "None". */
  accessLevel: string;
  accessLevelWarning?: string;
  /** Covered and total actions per access level, for "Action (2 of 69 actions)" and the groups. */
  accessLevels: AccessLevelCount[];
  /** "All resources", "Multiple", or the one resource. */
  resource: string;
  resourceWarning?: string;
  /** "None", the one condition, or "Multiple". */
  condition: string;
  conditionWarning?: string;
  /** Actions written for this service that the catalog does not know ("Uncategorized actions"). */
  unrecognizedActions: string[];
  /** The service summary, by access level (console order) then name. */
  actions: ActionSummary[];
}

/** A service the catalog does not know: the "Uncategorized services" section. */
export interface UncategorizedServiceSummary {
  service: string;
  effect: Effect;
  actions: string[];
  resource: string;
  condition: string;
}

/** The policy summary: Allow and Explicit deny sections, and uncategorized services. */
export interface PolicySummary {
  allow: ServiceSummary[];
  explicitDeny: ServiceSummary[];
  uncategorized: UncategorizedServiceSummary[];
  /** Known services, for "Allow (1 of 469 services)". */
  totalServices: number;
  /** Statements the summary could not read, in plain words. */
  problems: string[];
  /** Services whose detail chunk was not loaded, so their resource/condition warnings are missing. */
  servicesNotLoaded: string[];
}

/**
 * Summarizes a policy as the console's policy summary does. Never throws: malformed parts become
 * `problems`. Access levels need only the catalog index; resource and condition warnings need the
 * involved services' details: `await catalog.loadServices(servicesForSummary(doc, catalog))` first.
 */
export function summarizePolicy(document: unknown, catalog: ServiceCatalog): PolicySummary {
  const { statements, problems } = readStatements(document);
  const groups: Record<Effect, Map<string, ServiceAccumulator>> = {
    Allow: new Map(),
    Deny: new Map(),
  };
  const unknown = new Map<
    string,
    UncategorizedServiceSummary & { statements: SummaryStatement[] }
  >();
  const orphanResources: Array<{ effect: Effect; entry: string }> = [];
  for (const statement of statements) {
    const covered = coveredActions(statement, catalog);
    const used = new Set<string>();
    const group = groups[statement.effect];
    const prefixes = new Set([...covered.byService.keys(), ...covered.unrecognized.keys()]);
    // NotAction with specific resources covers every service; list only those the resources name.
    const narrowed =
      statement.notAction && !statement.notResource && !statement.resources.includes('*');
    for (const prefix of prefixes) {
      if (narrowed && !statement.resources.some((e) => arnService(e) === prefix)) continue;
      let acc = group.get(prefix);
      if (!acc) group.set(prefix, (acc = new ServiceAccumulator(prefix, catalog)));
      acc.addStatement(statement, covered.byService.get(prefix) ?? []).forEach((e) => used.add(e));
      acc.unrecognizedActions.push(...(covered.unrecognized.get(prefix) ?? []));
    }
    for (const [service, actions] of covered.unknownServices) {
      const key = `${statement.effect}\u0000${service}`;
      const row = unknown.get(key) ?? {
        service,
        effect: statement.effect,
        actions: [],
        resource: '',
        condition: '',
        statements: [],
      };
      row.actions.push(...actions);
      row.statements.push(statement);
      unknown.set(key, row);
    }
    if (!statement.notResource) {
      for (const entry of statement.resources) {
        if (!used.has(entry)) orphanResources.push({ effect: statement.effect, entry });
      }
    }
  }
  const rows = (effect: Effect) => {
    const out = [...groups[effect].values()].map((acc) => serviceRow(acc, effect, catalog));
    out.push(...actionlessRows(effect, orphanResources, groups[effect], catalog));
    return out.sort((a, b) => a.serviceName.localeCompare(b.serviceName, 'en'));
  };
  const notLoaded = new Set<string>();
  for (const group of Object.values(groups)) {
    for (const acc of group.values()) if (acc.detailMissing) notLoaded.add(acc.prefix);
  }
  return {
    allow: rows('Allow'),
    explicitDeny: rows('Deny'),
    uncategorized: [...unknown.values()].map(({ statements: sts, ...row }) => ({
      ...row,
      resource: resourcesText(
        sts.flatMap((s) => s.resources),
        sts.every((s) => s.notResource),
      ),
      condition: conditionsText(sts.flatMap((s) => s.conditions)),
    })),
    totalServices: catalog.servicePrefixes().length,
    problems,
    servicesNotLoaded: [...notLoaded].sort(),
  };
}

/** Joins lists, without copying the common single list. */
function flat<T>(lists: ReadonlyArray<readonly T[]>): readonly T[] {
  return lists.length === 1 ? (lists[0] ?? []) : lists.flat();
}

function actionRow(facts: ActionFacts): ActionSummary {
  const { action } = facts;
  const unsupported = facts.unsupportedKeys ? [...facts.unsupportedKeys] : [];
  let resourceWarning = facts.resourceWarning;
  let conditionWarning: string | undefined;
  if (unsupported.length > 0) {
    if (resourceWarning === WARNINGS.noResource || resourceWarning === WARNINGS.wildcardOnly) {
      resourceWarning = WARNINGS.noResourceAndCondition;
    } else {
      conditionWarning =
        unsupported.length === 1
          ? unsupportedKeyWarning(unsupported[0] ?? '')
          : WARNINGS.multipleConditionKeys;
    }
  }
  return {
    action: `${action.service}:${action.name}`,
    name: action.name,
    accessLevel: action.accessLevel,
    grantsAccess: facts.grants,
    resource: facts.grants ? resourcesText(flat(facts.resourceLists), facts.notResource) : '',
    ...(resourceWarning !== undefined ? { resourceWarning } : {}),
    condition: facts.grants ? conditionsText(flat(facts.conditionLists)) : 'None',
    ...(conditionWarning !== undefined ? { conditionWarning } : {}),
  };
}

/**
 * Whether an action counts in the Access level column: every recognized action the statements
 * name, except one with neither an applicable resource nor an applicable condition. (The User
 * Guide's examples show a Deny of s3:* on two bucket ARNs as "Full access", and drop
 * s3:ListAllMyBuckets, named with bucket ARNs and an s3:x-amz-acl condition, from the level.)
 */
function counts(facts: ActionFacts): boolean {
  return facts.grants || !facts.unsupportedKeys?.size;
}

function serviceRow(
  acc: ServiceAccumulator,
  effect: Effect,
  catalog: ServiceCatalog,
): ServiceSummary {
  const facts = [...acc.actions.values()];
  const order = (level: AccessLevel) => SUMMARY_LEVELS.indexOf(level);
  const actions = facts
    .map(actionRow)
    .sort((a, b) => order(a.accessLevel) - order(b.accessLevel) || (a.name < b.name ? -1 : 1));
  const all = catalog.actionsOf(acc.prefix);
  const accessLevels = SUMMARY_LEVELS.map((level) => ({
    level,
    granted: facts.filter((f) => counts(f) && f.action.accessLevel === level).length,
    total: all.filter((a) => a.accessLevel === level).length,
  }));
  const granting = facts.filter((f) => f.grants).length;
  let resourceWarning: string | undefined;
  if (facts.length > 0 && granting === 0) resourceWarning = WARNINGS.noResourcesDefined;
  else if (acc.resourcesWithoutAction.size > 0) resourceWarning = WARNINGS.resourcesWithoutAction;
  else if (granting < facts.length) resourceWarning = WARNINGS.actionsWithoutResource;
  let conditionWarning: string | undefined;
  if (acc.conditionsWithoutAction.size > 0) conditionWarning = WARNINGS.conditionsWithoutAction;
  else if (facts.some((f) => f.unsupportedKeys?.size)) {
    conditionWarning = WARNINGS.actionsWithoutCondition;
  }
  const fullName = catalog.serviceName(acc.prefix) ?? acc.prefix;
  return {
    service: acc.prefix,
    serviceName: serviceShortName(acc.prefix, fullName),
    serviceFullName: fullName,
    effect,
    // With no applicable resource for any action, the service provides no permissions.
    accessLevel: facts.length > 0 && granting === 0 ? 'None' : accessLevelText(accessLevels),
    accessLevels,
    resource: resourcesText(acc.resources, acc.notResourceOnly && acc.resources.length > 0),
    ...(resourceWarning !== undefined ? { resourceWarning } : {}),
    condition: conditionsText(acc.conditions),
    ...(conditionWarning !== undefined ? { conditionWarning } : {}),
    unrecognizedActions: [...new Set(acc.unrecognizedActions)],
    actions,
  };
}

/** Known services named only in Resource: "None" with "No actions are defined." */
function actionlessRows(
  effect: Effect,
  orphans: ReadonlyArray<{ effect: Effect; entry: string }>,
  group: ReadonlyMap<string, ServiceAccumulator>,
  catalog: ServiceCatalog,
): ServiceSummary[] {
  const byService = new Map<string, string[]>();
  for (const orphan of orphans) {
    if (orphan.effect !== effect) continue;
    const service = arnService(orphan.entry)?.toLowerCase();
    if (!service || group.has(service) || !catalog.hasService(service)) continue;
    byService.set(service, [...(byService.get(service) ?? []), orphan.entry]);
  }
  return [...byService].map(([service, entries]) => {
    const fullName = catalog.serviceName(service) ?? service;
    return {
      service,
      serviceName: serviceShortName(service, fullName),
      serviceFullName: fullName,
      effect,
      accessLevel: 'None',
      accessLevelWarning: WARNINGS.noActionsDefined,
      accessLevels: SUMMARY_LEVELS.map((level) => ({ level, granted: 0, total: 0 })),
      resource: resourcesText(entries, false),
      condition: 'None',
      unrecognizedActions: [],
      actions: [],
    };
  });
}
