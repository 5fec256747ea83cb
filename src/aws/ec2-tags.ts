// CreateTags and DeleteTags on instances. Each instance is authorized on its own ARN with its current
// tags (aws:ResourceTag/...) and the request's tags (aws:RequestTag/..., aws:TagKeys).

import { readInstance, writeInstance } from '@/storage/instances';
import { writeTx } from '@/storage/db';
import type { InstanceRecord, Tag } from '@/storage/types';
import { instanceArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import {
  instanceContext,
  regionContext,
  requestTagContext,
  requireRegion,
  resourceTagContext,
} from './ec2-context';
import { requireInstances } from './ec2-instance';

/** EC2 allows 50 tags per resource. */
export const MAX_TAGS_PER_RESOURCE = 50;

/** A tag to remove: without a Value, the key goes whatever its value. */
export interface TagToDelete {
  Key: string;
  Value?: string;
}

function checkTags(tags: readonly Tag[]): void {
  for (const tag of tags) {
    if (tag.Key.length < 1 || tag.Key.length > 128 || tag.Value.length > 256) {
      throw new AwsError(
        'InvalidParameterValue',
        `Tag key must be 1-128 characters and tag value at most 256: '${tag.Key}'`,
      );
    }
    if (tag.Key.toLowerCase().startsWith('aws:')) {
      throw new AwsError(
        'InvalidParameterValue',
        "Tag keys starting with 'aws:' are reserved for internal use",
      );
    }
  }
}

type TagOperation = 'CreateTags' | 'DeleteTags';

function tagCall<T>(
  caller: Caller,
  operation: TagOperation,
  instanceIds: readonly string[],
  region: string,
  body: (call: CallScope, records: InstanceRecord[]) => Promise<T>,
): Promise<T> {
  const action = `ec2:${operation}`;
  const resource = instanceArn(instanceIds[0] ?? '', region);
  return runCall(caller, { service: 'ec2', operation, action, resource, region }, async (call) => {
    requireRegion(region);
    return body(call, await requireInstances(instanceIds, region, call.nowMs));
  });
}

/** CreateTags: adds the tags, replacing the value of a key the instance already has. */
export function createTags(
  caller: Caller,
  instanceIds: readonly string[],
  tags: readonly Tag[],
  region: string,
): Promise<void> {
  return tagCall(caller, 'CreateTags', instanceIds, region, async (call, records) => {
    checkTags(tags);
    for (const record of records) {
      await call.authorize({
        action: 'ec2:CreateTags',
        resource: instanceArn(record.instanceId, region),
        context: { ...instanceContext(record), ...requestTagContext(tags) },
      });
    }
    await writeTx(async (tx) => {
      for (const { instanceId } of records) {
        const record = await readInstance(tx, instanceId);
        if (!record) continue;
        const merged = [...record.tags.filter((t) => !tags.some((n) => n.Key === t.Key)), ...tags];
        if (merged.length > MAX_TAGS_PER_RESOURCE) {
          throw new AwsError(
            'TagLimitExceeded',
            'The maximum number of Tags for a resource has been reached.',
          );
        }
        const name = merged.find((t) => t.Key === 'Name')?.Value ?? '';
        await writeInstance(tx, { ...record, tags: merged, name }, call.change);
      }
    });
  });
}

/** DeleteTags: removes each key, or only a key with the given value. */
export function deleteTags(
  caller: Caller,
  instanceIds: readonly string[],
  tags: readonly TagToDelete[],
  region: string,
): Promise<void> {
  return tagCall(caller, 'DeleteTags', instanceIds, region, async (call, records) => {
    const withValues = tags.filter((t): t is Tag => t.Value !== undefined);
    for (const record of records) {
      await call.authorize({
        action: 'ec2:DeleteTags',
        resource: instanceArn(record.instanceId, region),
        // DeleteTags has only the tag keys on an instance (no ec2:InstanceType and the like).
        context: {
          ...regionContext(region),
          ...resourceTagContext(record.tags),
          ...requestTagContext(withValues),
          'aws:TagKeys': tags.map((t) => t.Key),
        },
      });
    }
    await writeTx(async (tx) => {
      for (const { instanceId } of records) {
        const record = await readInstance(tx, instanceId);
        if (!record) continue;
        const kept = record.tags.filter(
          (t) =>
            !tags.some((d) => d.Key === t.Key && (d.Value === undefined || d.Value === t.Value)),
        );
        const name = kept.find((t) => t.Key === 'Name')?.Value ?? '';
        await writeInstance(tx, { ...record, tags: kept, name }, call.change);
      }
    });
  });
}
