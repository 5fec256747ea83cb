// The access matrix's Web Workers, started by the route's loader as the navigation begins (before
// the page's code has loaded): each fetches and warms up the engine, reads the account from the
// lab's database itself and computes its share of the page's first matrix while the page loads
// and makes its own GetAccountAuthorizationDetails call. The page's first mount takes them.
import { loadServiceCatalog } from '@/iam';
import { loadManagedPolicies, loadManagedPolicyIndex } from '@/queries/account-read';
import { currentLabDbName } from '@/queries/access-tools';
import type {
  ManagedPoliciesAnswer,
  ManagedPoliciesRequest,
  MatrixRequest,
} from './access-matrix-protocol';
import { matrixColumns } from './matrix-columns';

/** The services the page opens with. */
export const DEFAULT_SERVICES = ['s3', 'ec2'];

/**
 * Two workers from four cores up, else one: on the project's 2-core machine, under load, two
 * workers (each compiling the engine afresh) finished later than one (e2e [bench] runs).
 */
const POOL_SIZE = (globalThis.navigator?.hardwareConcurrency ?? 1) >= 4 ? 2 : 1;

/** A worker that asks for managed policies gets them from this page's copy. */
function answerManagedPolicies(worker: Worker) {
  worker.addEventListener('message', (event: MessageEvent<ManagedPoliciesRequest>) => {
    const { type, requestId, arns } = event.data;
    if (type !== 'managed-policies') return;
    const answer = (policies?: ManagedPoliciesAnswer['policies']) =>
      worker.postMessage({ type, requestId, policies } satisfies ManagedPoliciesAnswer);
    loadManagedPolicies(arns).then(answer, () => answer());
  });
}

const startPool = () =>
  Array.from({ length: POOL_SIZE }, () => {
    const worker = new Worker(new URL('./access-matrix.worker.ts', import.meta.url), {
      type: 'module',
    });
    answerManagedPolicies(worker);
    return worker;
  });

/** Tells the workers to read the account and compute the first matrix ahead of its job. */
function speculate(workers: Worker[]) {
  const send = (message: (index: number) => MatrixRequest) =>
    workers.forEach((worker, index) => worker.postMessage(message(index)));
  void currentLabDbName()
    .then((dbName) => {
      if (!dbName) return;
      send((index) => ({ type: 'speculate', dbName, part: { index, of: workers.length } }));
      return loadServiceCatalog({ services: DEFAULT_SERVICES }).then((catalog) => {
        const actions = DEFAULT_SERVICES.flatMap((s) =>
          matrixColumns.actionsOf(catalog, s).map((a) => a.name),
        );
        send(() => ({ type: 'speculate-actions', actions }));
      });
    })
    .catch(() => undefined);
}

let spare: Worker[] | undefined;
let taken = 0;

/** Starts the workers and their read ahead, unless a page holds workers or some wait already. */
export function preloadAccessMatrix(): void {
  if (spare || taken > 0 || typeof Worker === 'undefined') return;
  // Both reads of the account (the page's and the workers') wait for the AWS managed policy
  // index (a large chunk); start loading it now rather than once a read has found an attachment.
  void loadManagedPolicyIndex().catch(() => undefined);
  spare = startPool();
  speculate(spare);
}

/** The workers for a page that mounts: the preloaded ones, else new ones. Give them back after. */
export function takeWorkers(): { workers: Worker[]; release: () => void } {
  const workers = spare ?? startPool();
  spare = undefined;
  taken++;
  return {
    workers,
    release: () => {
      taken--;
      for (const worker of workers) worker.terminate();
    },
  };
}
