// EC2: instances and their state actions. The list polls while an instance is changing state.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as ec2 from '@/aws/ec2-api';
import type { RunInstancesInput } from '@/aws/ec2-api';
import { useServiceMutation } from './use-iam-mutation';

const POLL_MS = 1000;

export const instancesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['ec2', 'instances', caller.arn],
    queryFn: () => ec2.describeInstances(caller),
    refetchInterval: (query) =>
      query.state.data?.some((instance) => instance.transitioning) ? POLL_MS : false,
  });

/** RunInstances; resolves with the launched instances. */
export const useRunInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller } & RunInstancesInput) => {
    const { caller, ...input } = v;
    return ec2.runInstances(caller, input);
  });

export type InstanceStateActionName = 'start' | 'stop' | 'reboot' | 'terminate';

const STATE_ACTIONS = {
  start: ec2.startInstances,
  stop: ec2.stopInstances,
  reboot: ec2.rebootInstances,
  terminate: ec2.terminateInstances,
} as const;

/** The Instance state menu: { caller, action: 'stop', instanceIds }. */
export const useInstanceStateAction = () =>
  useServiceMutation(
    'ec2',
    (v: { caller: Caller; action: InstanceStateActionName; instanceIds: string[] }) =>
      STATE_ACTIONS[v.action](v.caller, v.instanceIds),
  );

export const useStartInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller; instanceIds: string[] }) =>
    ec2.startInstances(v.caller, v.instanceIds),
  );
export const useStopInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller; instanceIds: string[] }) =>
    ec2.stopInstances(v.caller, v.instanceIds),
  );
export const useRebootInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller; instanceIds: string[] }) =>
    ec2.rebootInstances(v.caller, v.instanceIds),
  );
export const useTerminateInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller; instanceIds: string[] }) =>
    ec2.terminateInstances(v.caller, v.instanceIds),
  );
