// The rows an access matrix worker has computed, kept for the next job on the same inputs: the
// rows it computed ahead of the page's first job, or those of a job before (the same account,
// actions and resource; only the rows shown differ, as when groups are added).
import type { AuthorizationDetails } from '@/queries/types';
import { detailsKey } from './details-packing';

export class MatrixRowCache {
  private key = '';
  private rows = new Map<number, Uint8Array>();
  /** One evaluated row per class of users (matrix-row-classes.ts). */
  private classRows = new Map<string, Uint8Array>();

  /** Points the cache at these inputs; the rows of any other inputs are dropped. */
  use(details: AuthorizationDetails, actions: readonly string[], resource: string): void {
    // Invariant: the same account read twice serializes the same (readDetails builds it in one
    // order), so equal text means equal inputs, and so equal decisions.
    const key = `${detailsKey(details)}\n${JSON.stringify([actions, resource])}`;
    if (key === this.key) return;
    this.key = key;
    this.rows = new Map();
    this.classRows = new Map();
  }

  /** The row evaluated for a class of users, if one has been. */
  classRow(rowClass: string): Uint8Array | undefined {
    return this.classRows.get(rowClass);
  }

  keepClassRow(rowClass: string, cells: Uint8Array): void {
    this.classRows.set(rowClass, cells.slice());
  }

  /** A principal's row: a copy of the one kept, else computed now (and a copy kept). */
  row(principalIndex: number, compute: () => Uint8Array): Uint8Array {
    const kept = this.rows.get(principalIndex);
    if (kept) return kept.slice();
    const cells = compute();
    this.rows.set(principalIndex, cells.slice());
    return cells;
  }

  has(principalIndex: number): boolean {
    return this.rows.has(principalIndex);
  }
}
