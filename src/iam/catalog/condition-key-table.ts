// Case-insensitive lookup of condition keys, including keys with a tag-key or similar suffix
// ("aws:RequestTag/${TagKey}" finds "aws:RequestTag/Team").
import type { CatalogConditionKey } from '../types';

/** A condition key table: exact names first, then templated keys by the part up to their "/". */
export class ConditionKeyTable {
  private readonly exact = new Map<string, CatalogConditionKey>();
  private readonly templated = new Map<string, CatalogConditionKey>();

  /** Adds keys; the first entry for a name wins. */
  add(keys: readonly CatalogConditionKey[]): void {
    for (const key of keys) {
      const lower = key.name.toLowerCase();
      if (!this.exact.has(lower)) this.exact.set(lower, key);
      const slash = lower.indexOf('/');
      if (slash > 0) {
        const stem = lower.slice(0, slash + 1);
        if (!this.templated.has(stem)) this.templated.set(stem, key);
      }
    }
  }

  /** Condition key names are case-insensitive, the part after "/" (e.g. the tag key) too. */
  find(name: string): CatalogConditionKey | undefined {
    const lower = name.toLowerCase();
    const exact = this.exact.get(lower);
    if (exact) return exact;
    const slash = lower.indexOf('/');
    return slash > 0 ? this.templated.get(lower.slice(0, slash + 1)) : undefined;
  }
}
