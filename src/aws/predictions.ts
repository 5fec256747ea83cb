// Predict-then-reveal (issue 7): with predict mode on, a learner action asks the learner what AWS
// will decide before its first IAM, S3 or EC2 call runs, then judges the guess on the decisive
// call record, keeps the score per lab and hands the outcome to the console to reveal.
// A lab setting, not an AWS call: nothing here is authorized.

import {
  misconceptionTags,
  type AuthorizationRequest,
  type EvalDecision,
  type Evaluation,
} from '@/iam';
import { readTx, writeTx } from '@/storage/db';
import {
  readPredictMode,
  readPredictionScore,
  writePredictMode,
  writePredictionScore,
} from '@/storage/predictions';
import type { CallRecord, PredictionEntry, PredictionScoreRecord } from '@/storage/types';
import type { CallSpec } from './call';
import type { AnyCaller } from './caller';
import { runLearnerAction, type CallWatcher, type LearnerActionScope } from './learner-action';

export type { PredictionEntry, PredictionScoreRecord } from '@/storage/types';

/** How many predictions the Predictions page lists. */
export const PREDICTION_HISTORY_SIZE = 50;

/** The services whose decisions the learner predicts. */
const PREDICTED = new Set<CallSpec['service']>(['iam', 's3', 'ec2']);

/** What the learner is about to do, asked before the action's first call runs. */
export interface PredictionQuestion {
  caller: AnyCaller;
  service: CallSpec['service'];
  operation: string;
  action: string;
  resource: string;
}

/** The outcome to reveal: the judged entry, the decisive call record and the new score. */
export interface PredictionReveal {
  entry: PredictionEntry;
  call: CallRecord;
  score: PredictionScoreRecord;
}

/** The action failed before anything was authorized (a ValidationError): nothing to judge. */
export interface UnjudgedAction {
  question: PredictionQuestion;
  predicted: EvalDecision;
  call?: CallRecord;
}

/** The console side of predict mode: asks the question and shows the outcome. */
export interface PredictionGate {
  /** Resolves with the learner's prediction, or undefined when they skip this one. */
  ask(question: PredictionQuestion): Promise<EvalDecision | undefined>;
  /** Resolves when the learner has seen the outcome; the console's own result shows after. */
  reveal(outcome: PredictionReveal | UnjudgedAction): Promise<void>;
}

let gate: PredictionGate | undefined;

/** Installs the console's question and reveal (one at a time); undefined removes it. */
export function setPredictionGate(next: PredictionGate | undefined): void {
  gate = next;
}

const EMPTY_SCORE: PredictionScoreRecord = {
  key: 'prediction-score',
  total: 0,
  correct: 0,
  misconceptions: {},
  recent: [],
};

export async function getPredictMode(): Promise<boolean> {
  return (await readTx(readPredictMode))?.enabled ?? false;
}

export async function setPredictMode(enabled: boolean): Promise<void> {
  await writeTx((tx) => writePredictMode(tx, { key: 'predict-mode', enabled }));
}

export async function getPredictionScore(): Promise<PredictionScoreRecord> {
  return (await readTx(readPredictionScore)) ?? EMPTY_SCORE;
}

/** "Reset score": no predictions, no misconceptions. */
export async function resetPredictionScore(): Promise<void> {
  await writeTx((tx) => writePredictionScore(tx, EMPTY_SCORE));
}

/** The score after one more prediction: totals, each tag behind a wrong guess, newest first. */
export function addPrediction(
  score: PredictionScoreRecord,
  entry: PredictionEntry,
): PredictionScoreRecord {
  const misconceptions = { ...score.misconceptions };
  for (const tag of entry.tags) misconceptions[tag] = (misconceptions[tag] ?? 0) + 1;
  return {
    key: 'prediction-score',
    total: score.total + 1,
    correct: score.correct + (entry.correct ? 1 : 0),
    misconceptions,
    recent: [entry, ...score.recent].slice(0, PREDICTION_HISTORY_SIZE),
  };
}

/**
 * The call an action is judged on: the first denied authorization, else the one for the action
 * the learner was asked about, else the first decided one. Undefined when nothing was decided.
 */
export function decisiveCall(
  records: readonly CallRecord[],
  mainAction: string,
): CallRecord | undefined {
  const decided = records.filter((r) => r.decision !== undefined);
  return (
    decided.find((r) => r.decision !== 'allowed') ??
    decided.find((r) => r.action === mainAction) ??
    decided[0]
  );
}

interface Decided {
  evaluation: Evaluation;
  request: AuthorizationRequest;
}

/** One learner action in predict mode: asks once, collects what its calls recorded. */
class PredictionScope implements LearnerActionScope {
  question?: PredictionQuestion;
  asked?: Promise<EvalDecision | undefined>;
  readonly records: CallRecord[] = [];
  readonly decided = new Map<CallRecord, Decided>();

  constructor(private readonly gate: PredictionGate) {}

  async enterCall(caller: AnyCaller, spec: CallSpec): Promise<CallWatcher | undefined> {
    if (!PREDICTED.has(spec.service)) return undefined;
    if (!this.asked) {
      const { service, operation, action, resource } = spec;
      this.question = { caller, service, operation, action, resource };
      this.asked = this.gate.ask(this.question);
    }
    if ((await this.asked) === undefined) return undefined;
    return {
      decided: (record, evaluation, request) => this.decided.set(record, { evaluation, request }),
      finished: (records) => this.records.push(...records),
    };
  }

  /** Judges the guess, saves the score and waits for the learner to see the outcome. */
  async finish(): Promise<void> {
    const predicted = this.asked && (await this.asked);
    const question = this.question;
    if (!predicted || !question) return;
    const call = decisiveCall(this.records, question.action);
    const actual = call?.decision;
    if (!call || !actual) {
      // Show why it failed: the last record holds the error.
      const failed = this.records.at(-1);
      await this.gate.reveal({ question, predicted, ...(failed && { call: failed }) });
      return;
    }
    const decided = this.decided.get(call);
    const entry: PredictionEntry = {
      time: call.time,
      principalArn: call.principalArn,
      operation: question.operation,
      action: call.action,
      resource: call.resource,
      predicted,
      actual,
      correct: predicted === actual,
      tags: decided ? misconceptionTags(decided.evaluation, decided.request, predicted) : [],
    };
    const score = await writeTx(async (tx) => {
      const next = addPrediction((await readPredictionScore(tx)) ?? EMPTY_SCORE, entry);
      await writePredictionScore(tx, next);
      return next;
    });
    await this.gate.reveal({ entry, call, score });
  }
}

/**
 * Runs a learner action (a console mutation, a CLI command). With predict mode on and the console
 * listening, the learner predicts before the first call and sees the outcome before the result.
 */
export async function learnerAction<T>(action: () => Promise<T>): Promise<T> {
  const listening = gate;
  if (!listening || !(await getPredictMode())) return action();
  const scope = new PredictionScope(listening);
  let result: { value: T } | { error: unknown };
  try {
    result = { value: await runLearnerAction(scope, action) };
  } catch (error) {
    result = { error };
  }
  await scope.finish();
  if ('error' in result) throw result.error;
  return result.value;
}
