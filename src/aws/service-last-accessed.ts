// The Last Accessed tabs of users and roles: the services an identity's policies allow, each with
// the time of the identity's last allowed call to it, from the lab's call records.

import type { ServiceCatalog } from '@/iam';
import type { CallRecord } from '@/storage/types';
import type { EffectivePolicy } from './identity-policies';

export interface ServiceLastAccessed {
  /** "Amazon S3" */
  serviceName: string;
  /** "s3" */
  serviceNamespace: string;
  /** Absent: "Not accessed in the tracking period". */
  lastAccessed?: string;
  /** The identity's policies that grant this service. */
  policyNames: string[];
}

/** The actions' service prefixes of a policy document ("*" stands for every service). */
function servicePrefixes(document: string): string[] {
  const prefixes = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const i = value.indexOf(':');
      prefixes.add(i > 0 ? value.slice(0, i).toLowerCase() : value);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  try {
    const parsed = JSON.parse(document) as { Statement?: unknown };
    const list = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
    for (const st of list) {
      if (typeof st === 'object' && st && (st as { Effect?: unknown }).Effect === 'Allow') {
        visit((st as { Action?: unknown }).Action);
      }
    }
  } catch {
    // An unreadable document grants nothing to list.
  }
  return [...prefixes];
}

/**
 * One row per service that a policy allows or a call used, most recently used first. Calls that
 * were denied or rolled back did not access the service.
 */
export function servicesLastAccessed(
  policies: readonly EffectivePolicy[],
  calls: readonly CallRecord[],
  services: ServiceCatalog,
): ServiceLastAccessed[] {
  const byService = new Map<string, ServiceLastAccessed>();
  const entry = (prefix: string) => {
    let found = byService.get(prefix);
    if (!found) {
      found = {
        serviceNamespace: prefix,
        serviceName: services.serviceName(prefix) ?? prefix,
        policyNames: [],
      };
      byService.set(prefix, found);
    }
    return found;
  };
  for (const policy of policies) {
    for (const prefix of servicePrefixes(policy.document)) {
      const names = prefix === '*' ? services.servicePrefixes() : [prefix];
      for (const name of names) {
        if (!services.hasService(name)) continue;
        const e = entry(name);
        if (!e.policyNames.includes(policy.policyName)) e.policyNames.push(policy.policyName);
      }
    }
  }
  for (const c of calls) {
    if (c.decision !== 'allowed' || c.rolledBack) continue;
    const prefix = c.action.slice(0, c.action.indexOf(':')).toLowerCase();
    entry(prefix).lastAccessed = c.time;
  }
  return [...byService.values()].sort(
    (a, b) =>
      (b.lastAccessed ?? '').localeCompare(a.lastAccessed ?? '') ||
      a.serviceName.localeCompare(b.serviceName),
  );
}
