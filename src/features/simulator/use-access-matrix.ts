// Runs the access matrix in the Web Workers the route's loader started (two on machines with four
// cores or more, each taking every other row): rows arrive one by one (progress), and a change of
// the inputs replaces the job in progress.
import { useEffect, useRef, useState } from 'react';
import type { AuthorizationDetails } from '@/queries/types';
import type { MatrixDetails, MatrixJob, MatrixMessage } from './access-matrix-protocol';
import { packDetails } from './details-packing';
import { takeWorkers } from './access-matrix-preload';

export interface MatrixState {
  rows: Array<Uint8Array | undefined>;
  done: number;
  total: number;
  /** The workers' time for the whole matrix (the slowest part), once done. */
  ms?: number;
}

let nextJobId = 1;
let nextDetailsId = 1;
/** What each worker was last sent of the account's details. */
const sentTo = new WeakMap<Worker, { details: AuthorizationDetails; detailsId: number }>();

/** User Timing marks ("access-matrix:<step>"): the e2e benchmark reads them from navigation on. */
export function markMatrix(step: 'details' | 'job' | 'done' | 'painted'): void {
  performance.mark(`access-matrix:${step}`);
}

export function useAccessMatrix(
  details: AuthorizationDetails | undefined,
  principalIndexes: readonly number[],
  actions: readonly string[],
  resource: string,
): MatrixState | undefined {
  const [state, setState] = useState<MatrixState>();
  const pool = useRef<Worker[]>([]);
  useEffect(() => {
    const { workers, release } = takeWorkers();
    pool.current = workers;
    return () => {
      release();
      pool.current = [];
    };
  }, []);
  const key = JSON.stringify([principalIndexes, actions, resource]);
  useEffect(() => {
    const workers = pool.current;
    if (!details || workers.length === 0) return;
    const [indexes, names, target] = JSON.parse(key) as [number[], string[], string];
    const total = indexes.length;
    if (total === 0 || names.length === 0) {
      setState({ rows: [], done: 0, total: 0, ms: 0 });
      return;
    }
    const jobId = nextJobId++;
    const rows: Array<Uint8Array | undefined> = new Array<Uint8Array | undefined>(total);
    let done = 0;
    let partsLeft = workers.length;
    let ms = 0;
    // Progress is drawn at most every 150 ms.
    let frame: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      frame = undefined;
      setState({ rows: [...rows], done, total });
    };
    setState({ rows: [...rows], done: 0, total });
    const onMessage = (event: MessageEvent<MatrixMessage>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'row') {
        rows[message.row] = message.cells;
        done++;
        frame ??= setTimeout(flush, 150);
        return;
      }
      ms = Math.max(ms, message.ms);
      if (--partsLeft > 0) return;
      clearTimeout(frame);
      markMatrix('done');
      setState({ rows: [...rows], done, total, ms });
    };
    markMatrix('job');
    // The details cross once per account read and worker, not with every job (a filter, a page
    // of rows). Kept per worker: a pool taken afresh (a remount) has been sent nothing yet.
    let message: MatrixDetails | undefined;
    for (const worker of workers) {
      if (sentTo.get(worker)?.details === details) continue;
      message ??= { type: 'details', detailsId: nextDetailsId++, packed: packDetails(details) };
      worker.postMessage(message);
      sentTo.set(worker, { details, detailsId: message.detailsId });
    }
    for (const [part, worker] of workers.entries()) {
      // Invariant: the loop above sent every worker these details.
      const detailsId = sentTo.get(worker)?.detailsId ?? 0;
      worker.onmessage = onMessage;
      const job: MatrixJob = {
        type: 'job',
        jobId,
        detailsId,
        principalIndexes: indexes,
        part: { index: part, of: workers.length },
        actions: names,
        resource: target,
      };
      worker.postMessage(job);
    }
    return () => {
      clearTimeout(frame);
    };
  }, [details, key]);
  return state;
}
