// The simulated EC2 API: DescribeInstances, RunInstances and the instance state actions. A state
// change stores its target and due time, so the state moves on by itself, even across reloads.

import { readTx, writeTx } from '@/storage/db';
import { newInstanceId, newPrivateIp } from '@/storage/ids';
import { LAB_REGION } from '@/storage/lab-constants';
import {
  instanceStateAt,
  readAllInstances,
  readInstance,
  writeInstance,
} from '@/storage/instances';
import type { InstanceRecord, InstanceStateName } from '@/storage/types';
import { AwsError } from './aws-error';
import { instanceArn } from './arns';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import type { Instance, InstanceStateChange } from './types';

/** How long each self-driven transition takes, in milliseconds. */
export const TRANSITION_MS = { pending: 4000, stopping: 5000, 'shutting-down': 5000 } as const;

const EC2_CONTEXT = { 'ec2:Region': LAB_REGION };

export function toInstance(record: InstanceRecord, nowMs: number): Instance {
  const { transition, ...rest } = record;
  const state = instanceStateAt(record, nowMs);
  const transitioning = transition !== undefined && nowMs < transition.atMs;
  return { ...rest, state, transitioning };
}

/** DescribeInstances: Describe* actions support no resource-level permissions. */
export function describeInstances(caller: Caller): Promise<Instance[]> {
  return runCall(
    caller,
    {
      service: 'ec2',
      operation: 'DescribeInstances',
      action: 'ec2:DescribeInstances',
      resource: '*',
    },
    async (call) => {
      await call.authorize({
        action: 'ec2:DescribeInstances',
        resource: '*',
        context: EC2_CONTEXT,
      });
      const records = await readTx((tx) => readAllInstances(tx));
      return records
        .sort((a, b) => a.launchTime.localeCompare(b.launchTime))
        .map((r) => toInstance(r, call.nowMs));
    },
  );
}

export interface RunInstancesInput {
  name: string;
  instanceType: string;
  imageId?: string;
  count?: number;
}

export function runInstances(caller: Caller, input: RunInstancesInput): Promise<Instance[]> {
  const resource = instanceArn('*');
  return runCall(
    caller,
    { service: 'ec2', operation: 'RunInstances', action: 'ec2:RunInstances', resource },
    async (call) => {
      // TODO(#5): authorize the image, subnet, security group and network interface too.
      await call.authorize({
        action: 'ec2:RunInstances',
        resource,
        context: { ...EC2_CONTEXT, 'ec2:InstanceType': input.instanceType },
      });
      const count = input.count ?? 1;
      if (!Number.isInteger(count) || count < 1 || count > 20) {
        throw new AwsError('InvalidParameterValue', `Invalid value '${count}' for MaxCount.`);
      }
      const launched: InstanceRecord[] = [];
      await writeTx(async (tx) => {
        for (let i = 0; i < count; i++) {
          const record: InstanceRecord = {
            instanceId: newInstanceId(),
            name: input.name,
            instanceType: input.instanceType,
            imageId: input.imageId ?? 'ami-0c02fb55956c7d316',
            region: LAB_REGION,
            availabilityZone: `${LAB_REGION}a`,
            launchTime: call.time,
            privateIpAddress: newPrivateIp(),
            state: 'pending',
            transition: { to: 'running', atMs: call.nowMs + TRANSITION_MS.pending },
            tags: input.name ? [{ Key: 'Name', Value: input.name }] : [],
          };
          await writeInstance(tx, record, call.change);
          launched.push(record);
        }
      });
      return launched.map((r) => toInstance(r, call.nowMs));
    },
  );
}

type StateAction = 'StartInstances' | 'StopInstances' | 'RebootInstances' | 'TerminateInstances';

/** The next state, or an error, for an action on an instance in a given state. */
function nextState(
  action: StateAction,
  id: string,
  state: InstanceStateName,
  nowMs: number,
): Pick<InstanceRecord, 'state' | 'transition'> | 'unchanged' {
  const incorrect = (verb: string) =>
    new AwsError(
      'IncorrectInstanceState',
      `The instance '${id}' is not in a state from which it can be ${verb}.`,
    );
  if (state === 'terminated' || state === 'shutting-down') {
    if (action === 'TerminateInstances') return 'unchanged';
    throw incorrect(
      action === 'StartInstances' ? 'started' : action === 'StopInstances' ? 'stopped' : 'rebooted',
    );
  }
  switch (action) {
    case 'StartInstances':
      if (state === 'running' || state === 'pending') return 'unchanged';
      if (state === 'stopping') throw incorrect('started');
      return {
        state: 'pending',
        transition: { to: 'running', atMs: nowMs + TRANSITION_MS.pending },
      };
    case 'StopInstances':
      if (state === 'stopped' || state === 'stopping') return 'unchanged';
      if (state === 'pending') throw incorrect('stopped');
      return {
        state: 'stopping',
        transition: { to: 'stopped', atMs: nowMs + TRANSITION_MS.stopping },
      };
    case 'RebootInstances':
      if (state !== 'running') throw incorrect('rebooted');
      return 'unchanged';
    case 'TerminateInstances':
      return {
        state: 'shutting-down',
        transition: { to: 'terminated', atMs: nowMs + TRANSITION_MS['shutting-down'] },
      };
  }
}

function changeStates(
  caller: Caller,
  action: StateAction,
  instanceIds: readonly string[],
): Promise<InstanceStateChange[]> {
  const first = instanceIds[0] ?? '';
  return runCall(
    caller,
    { service: 'ec2', operation: action, action: `ec2:${action}`, resource: instanceArn(first) },
    async (call: CallScope) => {
      for (const id of instanceIds) {
        if (!/^i-[0-9a-f]{8,17}$/.test(id)) {
          throw new AwsError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
        }
      }
      const missing = await readTx(async (tx) => {
        const out: string[] = [];
        for (const id of instanceIds) if (!(await readInstance(tx, id))) out.push(id);
        return out;
      });
      if (missing.length > 0) {
        throw new AwsError(
          'InvalidInstanceID.NotFound',
          `The instance ID${missing.length > 1 ? 's' : ''} '${missing.join(', ')}' ${missing.length > 1 ? 'do' : 'does'} not exist`,
        );
      }
      for (const id of instanceIds) {
        await call.authorize({
          action: `ec2:${action}`,
          resource: instanceArn(id),
          context: EC2_CONTEXT,
        });
      }
      return writeTx(async (tx) => {
        const changes: InstanceStateChange[] = [];
        for (const id of instanceIds) {
          const record = await readInstance(tx, id);
          if (!record) continue;
          const previousState = instanceStateAt(record, call.nowMs);
          const next = nextState(action, id, previousState, call.nowMs);
          if (next === 'unchanged') {
            changes.push({ instanceId: id, previousState, currentState: previousState });
            continue;
          }
          const { transition: _old, ...rest } = record;
          const updated: InstanceRecord = { ...rest, ...next };
          await writeInstance(tx, updated, call.change);
          changes.push({ instanceId: id, previousState, currentState: next.state });
        }
        return changes;
      });
    },
  );
}

export const startInstances = (caller: Caller, instanceIds: readonly string[]) =>
  changeStates(caller, 'StartInstances', instanceIds);
export const stopInstances = (caller: Caller, instanceIds: readonly string[]) =>
  changeStates(caller, 'StopInstances', instanceIds);
export const rebootInstances = (caller: Caller, instanceIds: readonly string[]) =>
  changeStates(caller, 'RebootInstances', instanceIds);
export const terminateInstances = (caller: Caller, instanceIds: readonly string[]) =>
  changeStates(caller, 'TerminateInstances', instanceIds);
