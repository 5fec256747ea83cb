// Runs the access matrix in a Web Worker started with the page: rows arrive one by one (progress),
// and a change of the inputs replaces the job in progress.
import { useEffect, useRef, useState } from 'react';
import type { AuthorizationDetails } from '@/queries/types';
import type { MatrixJob, MatrixMessage } from './access-matrix-protocol';

export interface MatrixState {
  rows: Array<Uint8Array | undefined>;
  done: number;
  total: number;
  /** The worker's time for the whole matrix, once done. */
  ms?: number;
}

let nextJobId = 1;

/** User Timing marks ("access-matrix:<step>"): the e2e benchmark reads them from navigation on. */
export function markMatrix(step: 'details' | 'job' | 'done' | 'painted'): void {
  performance.mark(`access-matrix:${step}`);
}

const startWorker = () =>
  new Worker(new URL('./access-matrix.worker.ts', import.meta.url), { type: 'module' });

// The worker starts when the page's module loads, before the page renders: fetching and compiling
// its code overlaps with loading the page and reading the account. Each page mount takes it once.
let spare: Worker | undefined = typeof Worker === 'undefined' ? undefined : startWorker();

export function useAccessMatrix(
  details: AuthorizationDetails | undefined,
  principalIndexes: readonly number[],
  actions: readonly string[],
  resource: string,
): MatrixState | undefined {
  const [state, setState] = useState<MatrixState>();
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => {
    worker.current = spare ?? startWorker();
    spare = undefined;
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, []);
  const key = JSON.stringify([principalIndexes, actions, resource]);
  useEffect(() => {
    const current = worker.current;
    if (!details || !current) return;
    const [indexes, names, target] = JSON.parse(key) as [number[], string[], string];
    const total = indexes.length;
    if (total === 0 || names.length === 0) {
      setState({ rows: [], done: 0, total: 0, ms: 0 });
      return;
    }
    const jobId = nextJobId++;
    const rows: Array<Uint8Array | undefined> = new Array<Uint8Array | undefined>(total);
    let done = 0;
    // Progress is drawn at most every 150 ms: each draw repaints the whole canvas.
    let frame: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      frame = undefined;
      setState({ rows: [...rows], done, total });
    };
    setState({ rows: [...rows], done: 0, total });
    current.onmessage = (event: MessageEvent<MatrixMessage>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'row') {
        rows[message.row] = message.cells;
        done++;
        frame ??= setTimeout(flush, 150);
      } else {
        clearTimeout(frame);
        markMatrix('done');
        setState({ rows: [...rows], done, total, ms: message.ms });
      }
    };
    const job: MatrixJob = {
      jobId,
      details,
      principalIndexes: indexes,
      actions: names,
      resource: target,
    };
    markMatrix('job');
    current.postMessage(job);
    return () => {
      clearTimeout(frame);
    };
  }, [details, key]);
  return state;
}
