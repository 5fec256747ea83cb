// aws ec2 describe-instances and the instance state commands, with the CLI's JSON shapes.

import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { AwsError } from '../aws-error';
import { describeInstances, startInstances, stopInstances } from '../ec2-api';
import type { Instance, InstanceStateChange, InstanceStateName } from '../types';
import { cliTimestamp } from './cli-time';
import { applyFilters, parseFilters } from './ec2-filters';
import type { CliContext, CliResult } from './cli-types';
import type { JsonObject } from './format-output';
import type { OperationSpec } from './parse-command';

export const EC2_OPERATIONS: Record<string, OperationSpec> = {
  'describe-instances': {
    options: { 'instance-ids': 'list', filters: 'list', 'dry-run': 'flag' },
  },
  'stop-instances': {
    options: { 'instance-ids': 'list', force: 'flag' },
    required: ['instance-ids'],
  },
  'start-instances': { options: { 'instance-ids': 'list' }, required: ['instance-ids'] },
};

/** EC2's state codes (the low byte of InstanceState.Code). */
const STATE_CODE: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

const state = (name: InstanceStateName): JsonObject => ({ Code: STATE_CODE[name], Name: name });

/**
 * A reservation ID for an instance. The lab keeps no reservations, so each instance is its own,
 * named after the instance's ID so that it stays the same on every call.
 */
function reservationIdOf(instanceId: string): string {
  return `r-${instanceId.slice(2)}`;
}

function instanceJson(instance: Instance): JsonObject {
  return {
    AmiLaunchIndex: 0,
    ImageId: instance.imageId,
    InstanceId: instance.instanceId,
    InstanceType: instance.instanceType,
    LaunchTime: cliTimestamp(instance.launchTime),
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: instance.availabilityZone, GroupName: '', Tenancy: 'default' },
    PrivateIpAddress: instance.privateIpAddress,
    ProductCodes: [],
    State: state(instance.state),
    ...(instance.tags.length > 0 && {
      Tags: instance.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    }),
  };
}

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;

export async function describeInstancesCommand(ctx: CliContext): Promise<CliResult> {
  const ids = listOption(ctx, 'instance-ids');
  const filterWords = ctx.parsed.options.get('filters');
  const filters = Array.isArray(filterWords) ? parseFilters(filterWords) : [];
  const all = await ctx.call('ec2', 'DescribeInstances', async (caller) => {
    const malformed = ids.find((id) => !INSTANCE_ID.test(id));
    if (malformed) throw new AwsError('InvalidInstanceID.Malformed', `Invalid id: "${malformed}"`);
    // The call goes to the Region's endpoint: aws:RequestedRegion and the Region's instances.
    const instances = await describeInstances(caller, ctx.region);
    const missing = ids.filter((id) => !instances.some((i) => i.instanceId === id));
    if (missing.length > 0) {
      throw new AwsError(
        'InvalidInstanceID.NotFound',
        missing.length === 1
          ? `The instance ID '${missing[0]}' does not exist`
          : `The instance IDs '${missing.join(', ')}' do not exist`,
      );
    }
    const listed = ids.length > 0 ? instances.filter((i) => ids.includes(i.instanceId)) : instances;
    return applyFilters(listed, filters);
  });
  const response: JsonObject = {
    Reservations: all.map((instance) => ({
      Groups: [],
      Instances: [instanceJson(instance)],
      OwnerId: LAB_ACCOUNT_ID,
      ReservationId: reservationIdOf(instance.instanceId),
    })),
  };
  return ctx.print(response, 'DescribeInstances');
}

function listOption(ctx: CliContext, name: string): string[] {
  const value = ctx.parsed.options.get(name);
  if (Array.isArray(value)) return value.flatMap((v) => v.split(',')).filter(Boolean);
  return typeof value === 'string' ? [value] : [];
}

function changesJson(changes: readonly InstanceStateChange[]): JsonObject[] {
  return changes.map((c) => ({
    CurrentState: state(c.currentState),
    InstanceId: c.instanceId,
    PreviousState: state(c.previousState),
  }));
}

export async function stopInstancesCommand(ctx: CliContext): Promise<CliResult> {
  const ids = listOption(ctx, 'instance-ids');
  const changes = await ctx.call('ec2', 'StopInstances', (caller) =>
    stopInstances(caller, ids, ctx.region),
  );
  return ctx.print({ StoppingInstances: changesJson(changes) }, 'StopInstances');
}

export async function startInstancesCommand(ctx: CliContext): Promise<CliResult> {
  const ids = listOption(ctx, 'instance-ids');
  const changes = await ctx.call('ec2', 'StartInstances', (caller) =>
    startInstances(caller, ids, ctx.region),
  );
  return ctx.print({ StartingInstances: changesJson(changes) }, 'StartInstances');
}
