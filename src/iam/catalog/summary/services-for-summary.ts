// Which services' detail chunks a caller should load before summarizing a policy.
import type { ServiceCatalog } from '../../types';
import { hasWildcard } from '../wildcard';
import { readStatements } from './policy-statements';
import { arnService } from './resource-applicability';

/** The service prefixes a policy's Action and NotAction entries name literally, lower case, sorted. */
export function servicesInPolicy(document: unknown): string[] {
  const out = new Set<string>();
  for (const statement of readStatements(document).statements) {
    for (const pattern of statement.actions) {
      const colon = pattern.indexOf(':');
      if (colon <= 0) continue;
      const service = pattern.slice(0, colon).toLowerCase();
      if (!hasWildcard(service)) out.add(service);
    }
  }
  return [...out].sort();
}

/**
 * The known services whose details summarizePolicy uses for this policy: those of statements that
 * name specific resources or service condition keys. A statement on Resource "*" with only global
 * condition keys needs no details, so AdministratorAccess and ReadOnlyAccess need none.
 */
export function servicesForSummary(document: unknown, catalog: ServiceCatalog): string[] {
  const out = new Set<string>();
  for (const statement of readStatements(document).statements) {
    const serviceKeys = statement.conditions
      .map((c) => c.key.slice(0, Math.max(c.key.indexOf(':'), 0)).toLowerCase())
      .filter((p) => p !== '' && p !== 'aws');
    const specific = statement.notResource || !statement.resources.includes('*');
    if (!specific && serviceKeys.length === 0) continue;
    const named = new Set<string>();
    let wildcardService = statement.notAction;
    for (const pattern of statement.actions) {
      const colon = pattern.indexOf(':');
      const service = colon < 0 ? pattern : pattern.slice(0, colon).toLowerCase();
      if (hasWildcard(service)) wildcardService = true;
      else if (!statement.notAction) named.add(service);
    }
    if (wildcardService) {
      // Too many services to load them all: take those the resources and keys point at.
      for (const entry of statement.resources) {
        const service = arnService(entry)?.toLowerCase();
        if (service && !hasWildcard(service)) named.add(service);
        // IAM role ARNs are also STS resources (sts:AssumeRole).
        if (service === 'iam') named.add('sts');
      }
      serviceKeys.forEach((p) => named.add(p));
    }
    for (const service of named) if (catalog.hasService(service)) out.add(service);
  }
  return [...out].sort();
}
