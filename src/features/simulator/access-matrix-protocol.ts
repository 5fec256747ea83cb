// What the access matrix page and its worker say to each other.
import type { EvalDecision } from '@/iam';
import type { ManagedPolicies } from '@/queries/account-read';
import type { PackedDetails } from './details-packing';

/** A cell's decision as one byte. */
export const CELL: Record<EvalDecision, number> = { allowed: 0, explicitDeny: 1, implicitDeny: 2 };
export const CELL_DECISION: readonly EvalDecision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

/** A worker's share: the rows whose number modulo `of` is `index`. */
export interface MatrixPart {
  index: number;
  of: number;
}

/** The account's details for the jobs that follow, sent once per account read (packed). */
export interface MatrixDetails {
  type: 'details';
  detailsId: number;
  packed: PackedDetails;
}

export interface MatrixJob {
  type: 'job';
  jobId: number;
  /** The MatrixDetails sent before it. */
  detailsId: number;
  /** Rows: indexes into details.principals. */
  principalIndexes: number[];
  part: MatrixPart;
  actions: string[];
  resource: string;
}

/**
 * Sent as the route starts loading: read the account from this database and compute the page's
 * first matrix (users and roles × the actions that follow, on "*") ahead of the job. Nothing of it
 * is posted; a job whose details are the same as what the worker read takes the rows done.
 */
export interface MatrixSpeculation {
  type: 'speculate';
  dbName: string;
  part: MatrixPart;
}

/** The first matrix's actions (the default services'), once the page's catalog has them. */
export interface MatrixSpeculationActions {
  type: 'speculate-actions';
  actions: string[];
}

/** The page's answer to a worker's ManagedPoliciesRequest (undefined when they would not load). */
export interface ManagedPoliciesAnswer {
  type: 'managed-policies';
  requestId: number;
  policies?: ManagedPolicies;
}

export type MatrixRequest =
  MatrixDetails | MatrixJob | MatrixSpeculation | MatrixSpeculationActions | ManagedPoliciesAnswer;

/** The worker asks the page for these AWS managed policies' documents. */
export interface ManagedPoliciesRequest {
  type: 'managed-policies';
  requestId: number;
  arns: string[];
}

export type MatrixMessage =
  | { type: 'row'; jobId: number; row: number; cells: Uint8Array }
  | { type: 'done'; jobId: number; ms: number };
