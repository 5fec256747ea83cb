// The access matrix's rows as a worker computes them: each cell the engine's decision, a row kept
// for the next job on the same inputs, and a user's row copied from another of its class.
import { evaluateRequest } from '@/iam';
import { principalRequest } from '@/queries/principal-request';
import type { AuthorizationDetails } from '@/queries/types';
import { CELL } from './access-matrix-protocol';
import type { MatrixRowCache } from './matrix-row-cache';
import { rowClassOf } from './matrix-row-classes';

/** A principal's row; given its class's row (`like`), only resource-policy cells are evaluated. */
export function computeRow(
  details: AuthorizationDetails,
  actions: readonly string[],
  resource: string,
  principalIndex: number,
  like?: Uint8Array,
) {
  const principal = details.principals[principalIndex];
  const cells = new Uint8Array(actions.length);
  if (!principal) return cells;
  for (let i = 0; i < actions.length; i++) {
    const request = principalRequest(details, principal, actions[i] ?? '', resource);
    const copied = like?.[i];
    cells[i] =
      copied !== undefined && !request.resourcePolicy
        ? copied
        : CELL[evaluateRequest(request, { trace: 'none' }).decision];
  }
  return cells;
}

export interface RowInputs {
  details: AuthorizationDetails;
  indexes: number[];
  actions: string[];
  resource: string;
}

/** A principal's row through the cache: kept, copied from its class's, or evaluated. */
export function rowOf(
  cache: MatrixRowCache,
  { details, actions, resource }: RowInputs,
  principalIndex: number,
): Uint8Array {
  return cache.row(principalIndex, () => {
    const rowClass = rowClassOf(details, details.principals[principalIndex]);
    const like = rowClass === undefined ? undefined : cache.classRow(rowClass);
    const cells = computeRow(details, actions, resource, principalIndex, like);
    if (rowClass !== undefined && !like) cache.keepClassRow(rowClass, cells);
    return cells;
  });
}
