// The simulated CloudTrail API: LookupEvents over the lab's call records (the Event history), as
// the current identity with cloudtrail:LookupEvents on "*".

import { readTx } from '@/storage/db';
import { readCall, readCallPage, type CallPosition } from '@/storage/logs';
import type { CallRecord } from '@/storage/types';
import { AwsError } from './aws-error';
import { runCall } from './call';
import type { Caller } from './caller';
import {
  cloudTrailEvent,
  eventIdOf,
  isReadOnly,
  recordIdOf,
  resourceName,
  resourceType,
  trailErrorCode,
  trailUserName,
  type CloudTrailEvent,
} from './cloudtrail-event';

/** CloudTrail's lookup attributes (one per request, as LookupEvents allows). */
export type LookupAttributeKey =
  | 'EventName'
  | 'Username'
  | 'ResourceName'
  | 'ResourceType'
  | 'EventSource'
  | 'AccessKeyId'
  | 'ReadOnly'
  | 'EventId';

export interface LookupAttribute {
  attributeKey: LookupAttributeKey;
  attributeValue: string;
}

/** The lab's outcome filter (CloudTrail has no such attribute; the lab adds it for learners). */
export type EventOutcome = 'all' | 'succeeded' | 'failed' | 'denied';

export interface LookupEventsInput {
  lookupAttribute?: LookupAttribute;
  outcome?: EventOutcome;
  /** 1 to 50, as LookupEvents allows; 50 when absent. */
  maxResults?: number;
  nextToken?: string;
}

/** One row of the Event history. */
export interface TrailEventRow {
  eventId: string;
  eventName: string;
  eventTime: string;
  userName: string;
  eventSource: string;
  resourceType?: string;
  resourceName?: string;
  errorCode?: string;
  accessKeyId?: string;
  sourceIpAddress?: string;
  awsRegion: string;
  readOnly: boolean;
}

export interface LookupEventsResult {
  events: TrailEventRow[];
  nextToken?: string;
}

export interface TrailEventDetail {
  row: TrailEventRow;
  /** The event record as CloudTrail shows it. */
  event: CloudTrailEvent;
  /** The stored call, for the explanation and "Re-run now". */
  call: CallRecord;
}

const DENIED = new Set(['AccessDenied', 'UnauthorizedOperation']);

export function toRow(call: CallRecord): TrailEventRow {
  const type = resourceType(call.resource);
  const name = resourceName(call.resource);
  const code = trailErrorCode(call);
  const ip = call.context['aws:SourceIp'];
  return {
    eventId: eventIdOf(call),
    eventName: call.eventName,
    eventTime: call.time,
    userName: trailUserName(call),
    eventSource: call.eventSource,
    awsRegion: call.region,
    readOnly: isReadOnly(call.eventName),
    ...(type && { resourceType: type }),
    ...(name && { resourceName: name }),
    ...(code && { errorCode: code }),
    ...(call.accessKeyId && { accessKeyId: call.accessKeyId }),
    ...(typeof ip === 'string' && { sourceIpAddress: ip }),
  };
}

function attributeMatches(call: CallRecord, attribute: LookupAttribute): boolean {
  const value = attribute.attributeValue;
  switch (attribute.attributeKey) {
    case 'EventName':
      return call.eventName === value;
    case 'Username':
      return trailUserName(call) === value;
    case 'ResourceName':
      return resourceName(call.resource) === value || call.resource === value;
    case 'ResourceType':
      return resourceType(call.resource) === value;
    case 'EventSource':
      return call.eventSource === value;
    case 'AccessKeyId':
      return call.accessKeyId === value;
    case 'ReadOnly':
      return String(isReadOnly(call.eventName)) === value.toLowerCase();
    case 'EventId':
      return eventIdOf(call) === value;
  }
}

function outcomeMatches(call: CallRecord, outcome: EventOutcome): boolean {
  switch (outcome) {
    case 'all':
      return true;
    case 'succeeded':
      return !call.errorCode;
    case 'failed':
      return Boolean(call.errorCode);
    case 'denied':
      return DENIED.has(call.errorCode ?? '');
  }
}

function encodeToken(position: CallPosition): string {
  return btoa(JSON.stringify({ after: position.id }));
}

function decodeToken(token: string): CallPosition {
  try {
    const value: unknown = JSON.parse(atob(token));
    if (typeof value === 'object' && value !== null && 'after' in value) {
      const id = value.after;
      if (typeof id === 'number' && Number.isInteger(id) && id > 0) return { id };
    }
  } catch {
    // Falls through to the error.
  }
  throw new AwsError('InvalidNextTokenException', 'Invalid NextToken');
}

/** LookupEvents: the newest events first, one page at a time. */
export function lookupEvents(
  caller: Caller,
  input: LookupEventsInput = {},
): Promise<LookupEventsResult> {
  const limit = input.maxResults ?? 50;
  return runCall(
    caller,
    {
      service: 'cloudtrail',
      operation: 'LookupEvents',
      action: 'cloudtrail:LookupEvents',
      resource: '*',
    },
    async (call) => {
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        throw new AwsError('InvalidParameterValue', 'MaxResults must be between 1 and 50.');
      }
      const after = input.nextToken ? decodeToken(input.nextToken) : undefined;
      await call.authorize({ action: 'cloudtrail:LookupEvents', resource: '*' });
      const attribute = input.lookupAttribute;
      if (attribute && attribute.attributeValue.trim() === '') {
        throw new AwsError(
          'InvalidLookupAttributesException',
          'You must specify a value for the lookup attribute.',
        );
      }
      const outcome = input.outcome ?? 'all';
      const matches = (c: CallRecord) =>
        (!attribute || attributeMatches(c, attribute)) && outcomeMatches(c, outcome);
      if (attribute?.attributeKey === 'EventId') {
        const event = await getCallByEventId(attribute.attributeValue);
        return { events: event && matches(event) ? [toRow(event)] : [] };
      }
      const page = await readTx((tx) => readCallPage(tx, matches, limit, after));
      return {
        events: page.calls.map(toRow),
        ...(page.next && { nextToken: encodeToken(page.next) }),
      };
    },
  );
}

async function getCallByEventId(eventId: string): Promise<CallRecord | undefined> {
  const id = recordIdOf(eventId);
  if (id === undefined) return undefined;
  const call = await readTx((tx) => readCall(tx, id));
  return call && eventIdOf(call) === eventId ? call : undefined;
}

/** One event with its record (LookupEvents with the EventId attribute, as the console does). */
export function getEvent(caller: Caller, eventId: string): Promise<TrailEventDetail | undefined> {
  return runCall(
    caller,
    {
      service: 'cloudtrail',
      operation: 'LookupEvents',
      action: 'cloudtrail:LookupEvents',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'cloudtrail:LookupEvents', resource: '*' });
      const found = await getCallByEventId(eventId);
      return found && { row: toRow(found), event: cloudTrailEvent(found), call: found };
    },
  );
}
