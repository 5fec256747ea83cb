// A learner's way through a walkthrough: start it (its scenario is loaded), check the current
// step (a passed step is done and the next begins), reveal hints, reset a step, leave. Lab
// operations like loading a scenario: the learner's own lab controls, authorized by nobody.

import { readTx, writeTx } from '@/storage/db';
import { LAB_PRINCIPAL } from '@/storage/lab-constants';
import { latestChangeId, restoreToChange } from '@/storage/restore-changes';
import type { LabWriteTx } from '@/storage/schema';
import type { WalkthroughProgressRecord, WalkthroughStepProgress } from '@/storage/types';
import {
  readScenarioWalkthrough,
  readWalkthroughProgress,
  removeWalkthroughProgress,
  writeWalkthroughProgress,
} from '@/storage/walkthrough-progress';
import { loadScenario } from './lab';
import { runWalkthroughCheck, type CheckResult } from './walkthrough-checks';
import type { Walkthrough, WalkthroughStep } from '@/storage/walkthrough-schema';
import { findWalkthrough } from './walkthroughs';

export type WalkthroughProgress = WalkthroughProgressRecord;

/** The walkthrough in progress with its definition, or undefined when none is. */
export interface ActiveWalkthrough {
  walkthrough: Walkthrough;
  progress: WalkthroughProgress;
  /** The step being worked on; undefined once every step is done. */
  current?: { step: WalkthroughStep; progress: WalkthroughStepProgress };
}

/** A built-in walkthrough, or the lab's own (one its scenario file brought). */
async function lookUp(walkthroughId: string): Promise<Walkthrough | undefined> {
  const own = await readTx(readScenarioWalkthrough);
  return findWalkthrough(walkthroughId) ?? (own?.id === walkthroughId ? own : undefined);
}

/** The walkthrough an imported scenario brought with it, if any (built-in ones are listed apart). */
export function getLabWalkthrough(): Promise<Walkthrough | undefined> {
  return readTx(readScenarioWalkthrough);
}

async function active(
  progress: WalkthroughProgress | undefined,
): Promise<ActiveWalkthrough | undefined> {
  const walkthrough = progress && (await lookUp(progress.walkthroughId));
  if (!progress || !walkthrough) return undefined;
  const last = progress.steps.at(-1);
  const step = last && !last.doneAt && walkthrough.steps.find((s) => s.id === last.stepId);
  return { walkthrough, progress, ...(step && last && { current: { step, progress: last } }) };
}

async function beginStep(tx: LabWriteTx, stepId: string): Promise<WalkthroughStepProgress> {
  return {
    stepId,
    startChangeId: await latestChangeId(tx),
    startedAt: new Date().toISOString(),
    hintsShown: 0,
  };
}

export async function getActiveWalkthrough(): Promise<ActiveWalkthrough | undefined> {
  return active(await readTx(readWalkthroughProgress));
}

/**
 * "Start walkthrough": a built-in one loads its scenario (replacing the lab); the lab's own runs on
 * the lab as it is, which is its scenario. Then the first step begins.
 */
export async function startWalkthrough(walkthroughId: string): Promise<void> {
  const walkthrough = await lookUp(walkthroughId);
  const first = walkthrough?.steps[0];
  if (!walkthrough || !first) throw new Error(`Unknown walkthrough ${walkthroughId}`);
  if (findWalkthrough(walkthroughId)) await loadScenario(walkthrough.scenarioId);
  await writeTx(async (tx) => {
    await writeWalkthroughProgress(tx, {
      key: 'walkthrough-progress',
      walkthroughId,
      startedAt: new Date().toISOString(),
      steps: [await beginStep(tx, first.id)],
    });
  });
}

/** Runs the current step's check without changing anything. */
export async function checkCurrentStep(): Promise<CheckResult | undefined> {
  const current = (await getActiveWalkthrough())?.current;
  if (!current) return undefined;
  return runWalkthroughCheck(current.step.check, Date.parse(current.progress.startedAt));
}

/** "Check": when the current step's check passes, the step is done and the next one begins. */
export async function completeCurrentStep(): Promise<CheckResult | undefined> {
  const found = await getActiveWalkthrough();
  const current = found?.current;
  if (!found || !current) return undefined;
  const result = await runWalkthroughCheck(
    current.step.check,
    Date.parse(current.progress.startedAt),
  );
  if (!result.passed) return result;
  await writeTx(async (tx) => {
    const progress = await readWalkthroughProgress(tx);
    const last = progress?.steps.at(-1);
    // Another tab may have moved on meanwhile: only the step that was checked is completed.
    if (!progress || !last || last.stepId !== current.step.id || last.doneAt) return;
    const time = new Date().toISOString();
    const steps = [...progress.steps.slice(0, -1), { ...last, doneAt: time }];
    const index = found.walkthrough.steps.findIndex((s) => s.id === last.stepId);
    const next = found.walkthrough.steps[index + 1];
    if (next) steps.push(await beginStep(tx, next.id));
    await writeWalkthroughProgress(tx, {
      ...progress,
      steps,
      ...(next ? {} : { completedAt: time }),
    });
  });
  return result;
}

async function updateCurrent(
  update: (tx: LabWriteTx, step: WalkthroughStepProgress) => Promise<WalkthroughStepProgress>,
): Promise<void> {
  await writeTx(async (tx) => {
    const progress = await readWalkthroughProgress(tx);
    const last = progress?.steps.at(-1);
    if (!progress || !last || last.doneAt) return;
    const steps = [...progress.steps.slice(0, -1), await update(tx, last)];
    await writeWalkthroughProgress(tx, { ...progress, steps });
  });
}

/** Shows the next hint of the current step. */
export function revealHint(): Promise<void> {
  return updateCurrent(async (_tx, step) => ({ ...step, hintsShown: step.hintsShown + 1 }));
}

/**
 * "Reset this step": the lab goes back to how it was when the step began (every record changed
 * since gets its value of then, logged as changes of its own), and the step starts over.
 */
export function resetCurrentStep(): Promise<void> {
  return updateCurrent(async (tx, step) => {
    const time = new Date().toISOString();
    await restoreToChange(tx, step.startChangeId, {
      principalArn: LAB_PRINCIPAL,
      operation: 'ResetWalkthroughStep',
      time,
    });
    return { ...(await beginStep(tx, step.stepId)), startedAt: time };
  });
}

/** Leaves the walkthrough; the lab stays as it is. */
export function exitWalkthrough(): Promise<void> {
  return writeTx(removeWalkthroughProgress);
}
