// The lab itself: its account, scenarios, reset, the identity menu's users and the call log.

import { queryOptions, useMutation } from '@tanstack/react-query';
import * as lab from '@/aws/lab';
import { useLabRewind } from './lab-history';
import { useLabMutation } from './use-iam-mutation';

export const labInfoQuery = () =>
  queryOptions({ queryKey: ['lab', 'info'], queryFn: () => lab.getLabInfo() });

/** The users "Switch to user" offers (a lab shortcut: needs no permission). */
export const switchableUsersQuery = () =>
  queryOptions({ queryKey: ['lab', 'users'], queryFn: () => lab.listSwitchableUsers() });

/** The lab's role ARNs: a tab acting as a session of a deleted role goes back to its user. */
export const roleArnsQuery = () =>
  queryOptions({ queryKey: ['lab', 'role-arns'], queryFn: () => lab.listRoleArns() });

/** The newest simulated calls first. */
export const callsQuery = (limit = 1000) =>
  queryOptions({ queryKey: ['lab', 'calls', limit], queryFn: () => lab.listCalls(limit) });

export const scenarios = lab.SCENARIOS;

/** "Reset lab" (confirm first). */
export const useResetLab = () => useLabMutation((_: void) => lab.resetLab());

/** Loads a scenario, replacing the lab (confirm first). */
export const useLoadScenario = () =>
  useLabMutation((v: { scenarioId: string }) => lab.loadScenario(v.scenarioId));

/** One page of the lab's timeline of changes, newest first. */
export const timelineQuery = (input: { maxResults: number; nextToken?: number }) =>
  queryOptions({ queryKey: ['lab', 'timeline', input], queryFn: () => lab.listTimeline(input) });

/** The timeline's "Restore to here" (confirm first); every page refreshes. */
export const useRestoreToHere = () =>
  useLabRewind((v: { lastChangeId: number }) => lab.restoreToHere(v.lastChangeId));

/** "Act as this instance's role": the session of the instance's role (EC2's, not an API call). */
export const useInstanceRoleSession = () =>
  useMutation({
    mutationFn: (v: { instanceId: string; region: string }) =>
      lab.instanceRoleSession(v.instanceId, v.region),
  });
