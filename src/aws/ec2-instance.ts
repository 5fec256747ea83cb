// An instance as DescribeInstances returns it, the transition times, and the lookup every action on
// existing instances starts with.

import { readTx } from '@/storage/db';
import { instanceStateAt, readInstance } from '@/storage/instances';
import type { InstanceRecord } from '@/storage/types';
import { AwsError } from './aws-error';
import type { Instance } from './types';

/** AWS keeps a terminated instance visible for about an hour, then it is gone. */
export const TERMINATED_VISIBLE_MS = 60 * 60 * 1000;

/** True once a terminated instance has dropped out of DescribeInstances. */
export function isGone(record: InstanceRecord, nowMs: number): boolean {
  const { transition } = record;
  return transition?.to === 'terminated' && nowMs >= transition.atMs + TERMINATED_VISIBLE_MS;
}

/** How long each self-driven transition takes, in milliseconds. */
export const TRANSITION_MS = { pending: 4000, stopping: 5000, 'shutting-down': 5000 } as const;

export function toInstance(record: InstanceRecord, nowMs: number): Instance {
  const { transition, ...rest } = record;
  const state = instanceStateAt(record, nowMs);
  const transitioning = transition !== undefined && nowMs < transition.atMs;
  return { ...rest, state, transitioning };
}

/** The Region's instance, or InvalidInstanceID.NotFound: an instance exists in one Region only. */
export async function requireInstances(
  instanceIds: readonly string[],
  region: string,
  nowMs: number,
): Promise<InstanceRecord[]> {
  for (const id of instanceIds) {
    if (!/^i-[0-9a-f]{8,17}$/.test(id)) {
      throw new AwsError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
    }
  }
  const found = await readTx(async (tx) => {
    const out: Array<InstanceRecord | undefined> = [];
    for (const id of instanceIds) {
      const record = await readInstance(tx, id);
      out.push(record?.region === region && !isGone(record, nowMs) ? record : undefined);
    }
    return out;
  });
  const missing = instanceIds.filter((_id, i) => !found[i]);
  if (missing.length > 0) {
    throw new AwsError(
      'InvalidInstanceID.NotFound',
      `The instance ID${missing.length > 1 ? 's' : ''} '${missing.join(', ')}' ${missing.length > 1 ? 'do' : 'does'} not exist`,
    );
  }
  return found as InstanceRecord[];
}
