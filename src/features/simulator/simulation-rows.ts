// The rows of "Action Settings and Results", before and after a run, and their CSV export.
import { matchesArnFormat, type ServiceCatalog } from '@/iam';
import type { SimulationResult } from '@/queries/types';

export interface SimulationRow {
  service: string;
  action: string;
  resourceType: string;
  resource: string;
  result?: SimulationResult;
}

/** "Amazon S3" for "s3:GetObject". */
export function serviceOf(action: string, catalog: ServiceCatalog | undefined): string {
  const prefix = action.split(':')[0] ?? action;
  return catalog?.serviceName(prefix) ?? prefix;
}

/**
 * The action's resource type for the simulation resource ("object" for an object ARN); for "*"
 * every type the action supports; "-" for actions with none (Describe*).
 */
export function resourceTypeOf(
  action: string,
  resource: string,
  catalog: ServiceCatalog | undefined,
): string {
  const names = catalog?.actionDetail(action)?.resourceTypes.map((t) => t.name) ?? [];
  if (names.length === 0) return '-';
  if (resource === '*') return names.join(', ');
  const prefix = action.split(':')[0] ?? '';
  const formats = catalog?.resourceTypesOf(prefix) ?? [];
  const matching = names.filter((name) =>
    formats.some((t) => t.name === name && matchesArnFormat(t.arnFormat, resource)),
  );
  return matching.length > 0 ? matching.join(', ') : names.join(', ');
}

/** One row per action and resource: the table before a run. */
export function plannedRows(
  actions: readonly string[],
  resources: readonly string[],
  catalog: ServiceCatalog | undefined,
): SimulationRow[] {
  const targets = resources.map((r) => r.trim()).filter(Boolean);
  return actions.flatMap((action) =>
    (targets.length > 0 ? targets : ['*']).map((resource) => ({
      service: serviceOf(action, catalog),
      action: action.split(':')[1] ?? action,
      resourceType: resourceTypeOf(action, resource, catalog),
      resource,
    })),
  );
}

export function resultRows(
  results: readonly SimulationResult[],
  catalog: ServiceCatalog | undefined,
): SimulationRow[] {
  return results.map((result) => ({
    service: serviceOf(result.evalActionName, catalog),
    action: result.evalActionName.split(':')[1] ?? result.evalActionName,
    resourceType: resourceTypeOf(result.evalActionName, result.evalResourceName, catalog),
    resource: result.evalResourceName,
    result,
  }));
}

/** The Permission column's words, as AWS's simulator writes them. */
export function permissionText(result: SimulationResult): { permission: string; detail: string } {
  const count = result.matchedStatements.length;
  if (result.evalDecision === 'allowed') {
    return { permission: 'allowed', detail: `${count} matching statements.` };
  }
  if (result.evalDecision === 'explicitDeny') {
    return { permission: 'denied', detail: `${count} matching statements.` };
  }
  return { permission: 'denied', detail: 'Implicitly denied (no matching statements).' };
}

export const CSV_HEADER = [
  'Service',
  'Action',
  'Resource Type',
  'Simulation Resource',
  'Permission',
  'Details',
  'Matched statements',
] as const;

/** The export: one line per result, the matched statements as policy/statement references. */
export function resultsCsvRows(rows: readonly SimulationRow[]): string[][] {
  return [
    [...CSV_HEADER],
    ...rows.map((row) => {
      const text = row.result
        ? permissionText(row.result)
        : { permission: 'Not simulated', detail: '' };
      const matched = (row.result?.matchedStatements ?? [])
        .map((s) => `${s.policyName ?? 'policy'} ${s.sid ?? `statement ${s.statementIndex + 1}`}`)
        .join('; ');
      return [
        row.service,
        row.action,
        row.resourceType,
        row.resource,
        text.permission,
        text.detail,
        matched,
      ];
    }),
  ];
}
