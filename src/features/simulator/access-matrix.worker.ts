// The access matrix's Web Worker: evaluates its share of the principal × action cells off the main
// thread and reports each row as it is done, so the page shows progress and stays responsive. A
// newer job replaces the one in progress: the worker yields between rows to hear of it.
import { evaluateRequest } from '@/iam';
import { principalRequest } from '@/queries/principal-request';
import type { AuthorizationDetails } from '@/queries/types';
import { CELL, type MatrixJob, type MatrixMessage } from './access-matrix-protocol';
import { warmUpEngine } from './engine-warm-up';

let latestJob = 0;

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

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(job: MatrixJob) {
  const started = performance.now();
  const { index, of } = job.part;
  let computed = 0;
  for (let row = index; row < job.principalIndexes.length; row += of) {
    if (job.jobId !== latestJob) return;
    const cells = computeRow(job.details, job, job.principalIndexes[row] ?? -1);
    post({ type: 'row', jobId: job.jobId, row, cells }, [cells.buffer]);
    // Every few rows, let a newer job's message in.
    if (++computed % 8 === 0) await nextTurn();
  }
  post({ type: 'done', jobId: job.jobId, ms: performance.now() - started });
}

// The worker starts with the page, while the account is read: compile the engine's hot paths now.
// A job that arrives meanwhile waits for the warm-up (tens of milliseconds) and runs faster.
warmUpEngine();

self.onmessage = (event: MessageEvent<MatrixJob>) => {
  latestJob = event.data.jobId;
  void run(event.data);
};
