// The access matrix's Web Worker: evaluates every principal × action cell off the main thread and
// reports each row as it is done, so the page shows progress and stays responsive.
import { evaluateRequest } from '@/iam';
import { principalRequest } from '@/queries/principal-request';
import type { AuthorizationDetails } from '@/queries/types';
import { CELL, type MatrixJob, type MatrixMessage } from './access-matrix-protocol';

function post(message: MatrixMessage, transfer: Transferable[] = []) {
  (self as unknown as Worker).postMessage(message, transfer);
}

function computeRow(details: AuthorizationDetails, job: MatrixJob, principalIndex: number) {
  const principal = details.principals[principalIndex];
  const cells = new Uint8Array(job.actions.length);
  if (!principal) return cells;
  for (let i = 0; i < job.actions.length; i++) {
    const request = principalRequest(details, principal, job.actions[i] ?? '', job.resource);
    cells[i] = CELL[evaluateRequest(request, { trace: 'none' }).decision];
  }
  return cells;
}

self.onmessage = (event: MessageEvent<MatrixJob>) => {
  const job = event.data;
  const started = performance.now();
  for (const [row, principalIndex] of job.principalIndexes.entries()) {
    const cells = computeRow(job.details, job, principalIndex);
    post({ type: 'row', jobId: job.jobId, row, cells }, [cells.buffer]);
  }
  post({ type: 'done', jobId: job.jobId, ms: performance.now() - started });
};
