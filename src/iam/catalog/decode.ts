// Turns the compact generated data (catalog-data.ts) back into the ServiceCatalog types.
import type {
  AccessLevel,
  CatalogAction,
  CatalogActionDetail,
  CatalogConditionKey,
  CatalogResourceType,
} from '../types';
import type { IndexService, ServiceDetailData } from './catalog-data';

/** Marker characters of the front-coded action lists; a marker's index is the shared prefix length. */
const MARKERS = "!#$%&'()*+./:;<=>?@[]^_`{|}~";

/** The access levels in the index's column order (List, Read, Write, Permissions management, Tagging). */
export const ACCESS_LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

/** Decodes one front-coded list: each name begins with a marker giving the prefix it shares with the previous one. */
export function decodeFrontCoded(encoded: string): string[] {
  const names: string[] = [];
  let prev = '';
  let k = 0;
  while (k < encoded.length) {
    const shared = MARKERS.indexOf(encoded.charAt(k));
    let end = k + 1;
    while (end < encoded.length && !MARKERS.includes(encoded.charAt(end))) end++;
    const name = prev.slice(0, Math.max(shared, 0)) + encoded.slice(k + 1, end);
    names.push(name);
    prev = name;
    k = end;
  }
  return names;
}

/** The actions of one index row, sorted by name (AWS casing). */
export function decodeServiceActions(row: IndexService): CatalogAction[] {
  const service = row[0];
  const actions: CatalogAction[] = [];
  ACCESS_LEVELS.forEach((accessLevel, level) => {
    for (const name of decodeFrontCoded(row[2 + level] ?? '')) {
      actions.push({ service, name, accessLevel });
    }
  });
  return actions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A service's loaded detail, keyed by lower-case action name. */
export interface ServiceDetail {
  actions: Map<string, CatalogActionDetail>;
  resourceTypes: CatalogResourceType[];
  conditionKeys: CatalogConditionKey[];
}

/** Decodes a detail chunk; access levels come from the index's actions. */
export function decodeServiceDetail(
  data: ServiceDetailData,
  indexActions: ReadonlyMap<string, CatalogAction>,
): ServiceDetail {
  const service = data.prefix;
  const actions = new Map<string, CatalogActionDetail>();
  for (const [name, description, resourceTypes, conditionKeys, dependentActions] of data.actions) {
    const key = name.toLowerCase();
    const accessLevel = indexActions.get(key)?.accessLevel ?? 'Write';
    actions.set(key, {
      service,
      name,
      accessLevel,
      description,
      resourceTypes: resourceTypes.map(([rtName, required, rtKeys]) => ({
        name: rtName,
        required: required === 1,
        conditionKeys: rtKeys,
      })),
      conditionKeys,
      dependentActions,
    });
  }
  return {
    actions,
    resourceTypes: data.resourceTypes.map(([name, arnFormat, conditionKeys]) => ({
      service,
      name,
      arnFormat,
      conditionKeys,
    })),
    conditionKeys: data.conditionKeys.map(([name, type, description]) => ({
      name,
      type,
      description,
    })),
  };
}
