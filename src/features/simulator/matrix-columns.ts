// The access matrix's columns: each service's actions, grouped by access level in the console's
// order, and the runs of one group among the columns shown.
import type { ServiceCatalog } from '@/iam';
import type { MatrixColumnGroup } from './matrix-grid';

export interface MatrixAction {
  /** "s3:GetObject" */
  name: string;
  group: string;
}

const LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

function actionsOf(catalog: ServiceCatalog, service: string): MatrixAction[] {
  const serviceName = catalog.serviceName(service) ?? service;
  return [...catalog.actionsOf(service)]
    .sort(
      (a, b) =>
        LEVELS.indexOf(a.accessLevel) - LEVELS.indexOf(b.accessLevel) ||
        a.name.localeCompare(b.name),
    )
    .map((a) => ({ name: `${a.service}:${a.name}`, group: `${serviceName} · ${a.accessLevel}` }));
}

/** Contiguous runs of one group, for the header above the cells. */
function groups(actions: readonly MatrixAction[]): MatrixColumnGroup[] {
  const out: MatrixColumnGroup[] = [];
  for (const action of actions) {
    const last = out.at(-1);
    if (last && last.label === action.group) last.count++;
    else out.push({ label: action.group, count: 1 });
  }
  return out;
}

export const matrixColumns = { actionsOf, groups };
