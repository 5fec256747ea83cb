// Which resource ARN a request for an action names: the ARN format of one of the action's resource
// types, filled in, or "*" for actions that support no resource-level permissions.
import type { CatalogActionDetail, CatalogResourceType, ServiceCatalog } from '../types';

/**
 * Values for the placeholders of ARN formats, by placeholder name (case-insensitive): Partition,
 * Region, Account, BucketName, ObjectName, InstanceId, UserName, RoleName, Path, ...
 * "<X>WithPath" placeholders (RoleNameWithPath) fall back to Path + X.
 */
export type ArnValues = Readonly<Record<string, string | undefined>>;

/** The resource a request for an action names. */
export interface ResourceArnChoice {
  /** The filled ARN, or "*" when the action has no resource type. */
  arn: string;
  /** The resource type whose ARN format was used; null for "*". */
  resourceType: string | null;
  /** The action supports no resource-level permissions: it is requested with resource "*". */
  wildcardOnly: boolean;
  /** Placeholders the values did not give; they were filled with "*". */
  missing: string[];
}

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;

/** The placeholder names of an ARN format, in order: Partition, Region, Account, BucketName... */
export function arnPlaceholders(arnFormat: string): string[] {
  return [...arnFormat.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Whether an ARN has the shape of a catalog ARN format. A placeholder matches within a path
 * segment, except a last one after a "/" (an object key, a user name with its path).
 */
export function matchesArnFormat(arnFormat: string, arn: string): boolean {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = arnFormat.split(/\$\{[^}]+\}/);
  let pattern = escape(parts[0] ?? '');
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1 && parts[i] === '';
    pattern += (last && pattern.endsWith('/') ? '.*' : '[^/]*') + escape(parts[i] ?? '');
  }
  return new RegExp(`^${pattern}$`).test(arn);
}

/** Fills an ARN format's placeholders from values; Partition defaults to "aws", unknowns become "*". */
export function fillArnFormat(
  arnFormat: string,
  values: ArnValues,
): { arn: string; missing: string[] } {
  const lower = new Map<string, string>();
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') lower.set(key.toLowerCase(), value);
  }
  const missing: string[] = [];
  const arn = arnFormat.replace(PLACEHOLDER, (_m, name: string) => {
    const value = placeholderValue(name, lower);
    if (value !== undefined) return value;
    missing.push(name);
    return '*';
  });
  return { arn, missing };
}

function placeholderValue(name: string, values: ReadonlyMap<string, string>): string | undefined {
  const key = name.toLowerCase();
  const direct = values.get(key);
  if (direct !== undefined) return direct;
  if (key === 'partition') return 'aws';
  if (key === 'accountid') return values.get('account');
  if (key.endsWith('withpath') && key.length > 8) {
    const base = values.get(key.slice(0, -8));
    if (base === undefined) return undefined;
    // IAM paths begin and end with "/"; the ARN holds the path without its leading "/".
    const path = (values.get('path') ?? '/').replace(/^\/+/, '');
    return path + base;
  }
  return undefined;
}

/**
 * The resource ARN a request for `action` names (UG reference_policies_elements_resource: an action
 * with no resource type is requested with resource "*"). Picks `options.resourceType` when given;
 * otherwise among the required resource types (or all, when none is required) the one whose
 * placeholders the values fill best, then the one with the simplest ARN, then the first listed.
 * With `pick: 'first'`, the first resource type listed (the access-matrix bench uses this).
 * Undefined for an unknown action, or when its service's detail is not loaded
 * (`await catalog.loadServices([prefix])` first).
 */
export function resourceArnFor(
  action: string,
  values: ArnValues,
  catalog: ServiceCatalog,
  options?: {
    /** Use this resource type (by name, case-insensitive); undefined if the action lacks it. */
    resourceType?: string;
    /** 'first': the first resource type the reference lists for the action, as-is. */
    pick?: 'best' | 'first';
  },
): ResourceArnChoice | undefined {
  const detail = catalog.actionDetail(action);
  if (!detail) return undefined;
  if (detail.resourceTypes.length === 0) {
    return { arn: '*', resourceType: null, wildcardOnly: true, missing: [] };
  }
  const types = catalog.resourceTypesOf(detail.service) ?? [];
  const formatOf = (name: string): CatalogResourceType | undefined =>
    types.find((t) => t.name === name);
  const wanted = options?.resourceType?.toLowerCase();
  const applicable = detail.resourceTypes.filter((rt) => formatOf(rt.name));
  const required = applicable.filter((rt) => rt.required);
  const first = applicable[0];
  const pool =
    options?.pick === 'first' && wanted === undefined && first
      ? [first]
      : wanted !== undefined
        ? applicable.filter((rt) => rt.name.toLowerCase() === wanted)
        : required.length > 0
          ? required
          : applicable;
  let best: { type: CatalogResourceType; arn: string; missing: string[] } | undefined;
  for (const rt of pool) {
    const type = formatOf(rt.name);
    if (!type) continue;
    const filled = fillArnFormat(type.arnFormat, values);
    if (
      !best ||
      filled.missing.length < best.missing.length ||
      (filled.missing.length === best.missing.length &&
        arnPlaceholders(type.arnFormat).length < arnPlaceholders(best.type.arnFormat).length)
    ) {
      best = { type, ...filled };
    }
  }
  if (!best) return undefined;
  return {
    arn: best.arn,
    resourceType: best.type.name,
    wildcardOnly: false,
    missing: best.missing,
  };
}

/** The actions of a loaded service that support no resource-level permissions, so need resource "*". */
export function actionsRequiringWildcardResource(
  prefix: string,
  catalog: ServiceCatalog,
): CatalogActionDetail[] | undefined {
  if (!catalog.isServiceLoaded(prefix)) return undefined;
  const out: CatalogActionDetail[] = [];
  for (const action of catalog.actionsOf(prefix)) {
    const detail = catalog.actionDetail(`${action.service}:${action.name}`);
    if (detail && detail.resourceTypes.length === 0) out.push(detail);
  }
  return out;
}
