// The simulated EC2 API: DescribeInstances and the instance state actions, each sent to one Region.
// A state change stores its target and due time, so the state moves on by itself, even across
// reloads. RunInstances, key pairs and tags live in their own modules and are re-exported here.

import { readTx, writeTx } from '@/storage/db';
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
import { instanceContext, regionContext, requireRegion } from './ec2-context';
import { DEFAULT_EC2_REGION } from './ec2-regions';
import { isGone, requireInstances, toInstance, TRANSITION_MS } from './ec2-instance';
import type { Instance, InstanceStateChange } from './types';

export { TRANSITION_MS, toInstance } from './ec2-instance';

export { runInstances, type RunInstancesInput } from './ec2-run-instances';
export { createKeyPair, deleteKeyPair, describeKeyPairs } from './ec2-key-pairs';
export type { CreatedKeyPair, CreateKeyPairInput, KeyPair } from './ec2-key-pairs';
export { createTags, deleteTags } from './ec2-tags';
export {
  associateIamInstanceProfile,
  disassociateIamInstanceProfile,
  replaceIamInstanceProfileAssociation,
} from './ec2-iam-profiles';
export type { TagToDelete } from './ec2-tags';

/** DescribeInstances: Describe* actions support no resource-level permissions (Resource "*"). */
export function describeInstances(
  caller: Caller,
  region: string = DEFAULT_EC2_REGION,
): Promise<Instance[]> {
  return runCall(
    caller,
    {
      service: 'ec2',
      operation: 'DescribeInstances',
      action: 'ec2:DescribeInstances',
      resource: '*',
      region,
    },
    async (call) => {
      requireRegion(region);
      await call.authorize({
        action: 'ec2:DescribeInstances',
        resource: '*',
        context: regionContext(region),
      });
      const records = await readTx((tx) => readAllInstances(tx));
      return records
        .filter((r) => r.region === region && !isGone(r, call.nowMs))
        .sort((a, b) => a.launchTime.localeCompare(b.launchTime))
        .map((r) => toInstance(r, call.nowMs));
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
  region: string,
): Promise<InstanceStateChange[]> {
  const first = instanceIds[0] ?? '';
  return runCall(
    caller,
    {
      service: 'ec2',
      operation: action,
      action: `ec2:${action}`,
      resource: instanceArn(first, region),
      region,
    },
    async (call: CallScope) => {
      requireRegion(region);
      const records = await requireInstances(instanceIds, region, call.nowMs);
      // Each instance is authorized on its own ARN, with its own type, zone and tags.
      for (const record of records) {
        await call.authorize({
          action: `ec2:${action}`,
          resource: instanceArn(record.instanceId, region),
          context: instanceContext(record),
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

export const startInstances = (
  caller: Caller,
  instanceIds: readonly string[],
  region = DEFAULT_EC2_REGION,
) => changeStates(caller, 'StartInstances', instanceIds, region);
export const stopInstances = (
  caller: Caller,
  instanceIds: readonly string[],
  region = DEFAULT_EC2_REGION,
) => changeStates(caller, 'StopInstances', instanceIds, region);
export const rebootInstances = (
  caller: Caller,
  instanceIds: readonly string[],
  region = DEFAULT_EC2_REGION,
) => changeStates(caller, 'RebootInstances', instanceIds, region);
export const terminateInstances = (
  caller: Caller,
  instanceIds: readonly string[],
  region = DEFAULT_EC2_REGION,
) => changeStates(caller, 'TerminateInstances', instanceIds, region);
