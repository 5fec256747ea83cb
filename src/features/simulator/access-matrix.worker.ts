// The access matrix's Web Worker: evaluates its share of the principal × action cells off the main
// thread and reports each row as it is done, so the page shows progress and stays responsive. A
// newer job replaces the one in progress: the worker yields between rows to hear of it.
//
// It starts as the route starts loading and reads the account itself meanwhile, computing the
// page's first matrix ahead of the job; the job, sent once the page's own authorized call has
// answered, takes those rows only if its details are the same as what the worker read.
import { readDetailsFromDb, type ManagedPolicies } from '@/queries/account-read';
import type { AuthorizationDetails } from '@/queries/types';
import type {
  ManagedPoliciesRequest,
  MatrixJob,
  MatrixMessage,
  MatrixPart,
  MatrixRequest,
  MatrixSpeculation,
} from './access-matrix-protocol';
import { unpackDetails } from './details-packing';
import { warmUpEngine } from './engine-warm-up';
import { MatrixRowCache } from './matrix-row-cache';
import { MATRIX_PAGE_SIZE } from './matrix-row-page';
import { rowOf, type RowInputs } from './matrix-rows';

let latestJob = 0;
const cache = new MatrixRowCache();
let received: { detailsId: number; details: AuthorizationDetails } | undefined;

function post(message: MatrixMessage | ManagedPoliciesRequest, transfer: Transferable[] = []) {
  (self as unknown as Worker).postMessage(message, transfer);
}

// A turn of the event loop through a MessageChannel: nested setTimeout(0)s are clamped to 4 ms
// each, which over a hundred rows adds up.
const turns = new MessageChannel();
const waiting: Array<() => void> = [];
turns.port1.onmessage = () => waiting.shift()?.();
const nextTurn = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    turns.port2.postMessage(null);
  });

// The engine's hot paths compiled before the real rows (tens of milliseconds), once.
let warm = false;
function warmUp() {
  if (warm) return;
  warm = true;
  warmUpEngine();
}

/** Computes the rows of one part into the cache until a newer job arrives; `each` sees each row. */
async function computePart(
  jobId: number,
  inputs: RowInputs,
  part: MatrixPart,
  each: (row: number, cells: Uint8Array) => void,
): Promise<boolean> {
  const { details, indexes, actions, resource } = inputs;
  cache.use(details, actions, resource);
  let computed = 0;
  for (let row = part.index; row < indexes.length; row += part.of) {
    if (jobId !== latestJob) return false;
    const index = indexes[row] ?? -1;
    const fresh = !cache.has(index);
    each(row, rowOf(cache, inputs, index));
    // Every other row computed, let a newer job's message in.
    if (fresh && ++computed % 2 === 0) await nextTurn();
  }
  return true;
}

async function run(job: MatrixJob) {
  const started = performance.now();
  warmUp();
  // Invariant: the page posts a job's details before the job, and messages arrive in order.
  if (!received || received.detailsId !== job.detailsId) return;
  const inputs = {
    details: received.details,
    indexes: job.principalIndexes,
    actions: job.actions,
    resource: job.resource,
  };
  const finished = await computePart(job.jobId, inputs, job.part, (row, cells) =>
    post({ type: 'row', jobId: job.jobId, row, cells }, [cells.buffer]),
  );
  if (finished) post({ type: 'done', jobId: job.jobId, ms: performance.now() - started });
}

// The speculation's open questions to the page: the first matrix's actions, and the managed
// policies' documents (the page has loaded them; loading them here would be a second copy).
let resolveActions: (actions: string[]) => void = () => undefined;
const firstActions = new Promise<string[]>((resolve) => (resolveActions = resolve));
let nextRequestId = 1;
const managedAnswers = new Map<number, (policies: ManagedPolicies | undefined) => void>();

function askManagedPolicies(arns: string[]): Promise<ManagedPolicies> {
  if (arns.length === 0) return Promise.resolve(new Map());
  const requestId = nextRequestId++;
  post({ type: 'managed-policies', requestId, arns });
  return new Promise((resolve, reject) =>
    managedAnswers.set(requestId, (policies) =>
      policies ? resolve(policies) : reject(new Error('The managed policies did not load')),
    ),
  );
}

async function speculate(request: MatrixSpeculation) {
  const jobId = latestJob;
  const reading = readDetailsFromDb(request.dbName, askManagedPolicies);
  // Warm up while IndexedDB reads.
  warmUp();
  const [details, actions] = await Promise.all([reading, firstActions]);
  if (jobId !== latestJob) return;
  // The page's first rows: its users and roles, one page of them.
  const indexes = details.principals
    .flatMap((p, i) => (p.kind === 'group' ? [] : [i]))
    .slice(0, MATRIX_PAGE_SIZE);
  await computePart(jobId, { details, indexes, actions, resource: '*' }, request.part, () => {});
}

self.onmessage = (event: MessageEvent<MatrixRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'speculate':
      // Nothing is lost if it fails (no database yet, another schema): the job computes each row.
      speculate(request).catch(() => undefined);
      return;
    case 'speculate-actions':
      resolveActions(request.actions);
      return;
    case 'managed-policies':
      managedAnswers.get(request.requestId)?.(request.policies);
      managedAnswers.delete(request.requestId);
      return;
    case 'details':
      received = { detailsId: request.detailsId, details: unpackDetails(request.packed) };
      return;
    case 'job':
      latestJob = request.jobId;
      void run(request);
  }
};

// Without a speculation to overlap with, the warm-up runs as soon as the worker is idle.
setTimeout(warmUp, 50);
