// What the access matrix page and its worker say to each other.
import type { EvalDecision } from '@/iam';
import type { AuthorizationDetails } from '@/queries/types';

/** A cell's decision as one byte. */
export const CELL: Record<EvalDecision, number> = { allowed: 0, explicitDeny: 1, implicitDeny: 2 };
export const CELL_DECISION: readonly EvalDecision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

export interface MatrixJob {
  jobId: number;
  details: AuthorizationDetails;
  /** Rows: indexes into details.principals. */
  principalIndexes: number[];
  /** This worker's share: the rows whose number modulo `of` is `index`. */
  part: { index: number; of: number };
  actions: string[];
  resource: string;
}

export type MatrixMessage =
  | { type: 'row'; jobId: number; row: number; cells: Uint8Array }
  | { type: 'done'; jobId: number; ms: number };
