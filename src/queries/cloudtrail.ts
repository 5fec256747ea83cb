// CloudTrail's Event history: pages of events, one event with its record, and "Re-run now".

import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import { getEvent, lookupEvents, type LookupEventsInput } from '@/aws/cloudtrail-api';
import { rerunCall } from '@/aws/rerun-call';
import type { CallRecord } from '@/aws/types';

export type {
  EventOutcome,
  LookupAttribute,
  LookupAttributeKey,
  LookupEventsInput,
  LookupEventsResult,
  TrailEventDetail,
  TrailEventRow,
} from '@/aws/cloudtrail-api';
export type { CloudTrailEvent } from '@/aws/cloudtrail-event';
export type { RerunResult } from '@/aws/rerun-call';

export const eventsQuery = (caller: Caller, input: LookupEventsInput) =>
  queryOptions({
    queryKey: ['cloudtrail', 'events', input, caller.arn],
    queryFn: () => lookupEvents(caller, input),
  });

export const eventQuery = (caller: Caller, eventId: string) =>
  queryOptions({
    queryKey: ['cloudtrail', 'event', eventId, caller.arn],
    queryFn: async () => (await getEvent(caller, eventId)) ?? null,
  });

/** "Re-run now": reads today's policies and evaluates; changes nothing, so refreshes nothing. */
export const useRerunCall = () =>
  useMutation({ mutationFn: (call: CallRecord) => rerunCall(call) });
