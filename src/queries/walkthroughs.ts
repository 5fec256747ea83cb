// Guided walkthroughs: the built-in ones, the one in progress, its current step's check, and the
// learner's moves (start, complete, hint, reset, exit).

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { checksCalls } from '@/aws/walkthrough-checks';
import * as progress from '@/aws/walkthrough-progress';
import type { WalkthroughStep } from '@/aws/walkthrough-schema';
import { WALKTHROUGHS } from '@/aws/walkthroughs';
import { invalidateEverything } from './invalidate';
import { useLabMutation } from './use-iam-mutation';

export type { ActiveWalkthrough } from '@/aws/walkthrough-progress';
export type { CheckResult } from '@/aws/walkthrough-checks';
export type { Walkthrough, WalkthroughStep } from '@/aws/walkthrough-schema';

export const walkthroughs = WALKTHROUGHS;

const KEY = ['lab', 'walkthrough'] as const;

export const activeWalkthroughQuery = () =>
  queryOptions({
    queryKey: [...KEY, 'active'],
    // null, not undefined: a query's data may not be undefined.
    queryFn: async () => (await progress.getActiveWalkthrough()) ?? null,
  });

/**
 * The current step's check. Every lab change invalidates ['lab'], so it re-runs after each one;
 * a check on the calls made also re-runs every 2 s, for calls that change nothing (a denied
 * request, a role switch).
 */
export const currentStepCheckQuery = (step: WalkthroughStep, startedAt: string) =>
  queryOptions({
    queryKey: [...KEY, 'check', step.id, startedAt],
    queryFn: async () => (await progress.checkCurrentStep()) ?? null,
    refetchInterval: checksCalls(step.check) ? 2000 : false,
  });

/** The walkthrough an imported scenario brought with it (null when none did). */
export const labWalkthroughQuery = () =>
  queryOptions({
    queryKey: [...KEY, 'lab-own'],
    queryFn: async () => (await progress.getLabWalkthrough()) ?? null,
  });

/** "Start walkthrough": loads its scenario (confirm first). */
export const useStartWalkthrough = () =>
  useLabMutation((v: { walkthroughId: string }) => progress.startWalkthrough(v.walkthroughId));

function useWalkthroughMutation<V, R>(mutationFn: (v: V) => Promise<R>, everything = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      everything ? invalidateEverything(client) : client.invalidateQueries({ queryKey: KEY }),
  });
}

export const useCompleteStep = () =>
  useWalkthroughMutation((_: void) => progress.completeCurrentStep());
export const useRevealHint = () => useWalkthroughMutation((_: void) => progress.revealHint());
/** Restores the lab to the step's start: everything cached may be stale. */
export const useResetStep = () =>
  useWalkthroughMutation((_: void) => progress.resetCurrentStep(), true);
export const useExitWalkthrough = () =>
  useWalkthroughMutation((_: void) => progress.exitWalkthrough());
