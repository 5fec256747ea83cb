// The Event history table: CloudTrail's columns, the event name linking to the event's page.
import Box from '@cloudscape-design/components/box';
import Table from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import type { TrailEventRow } from '@/queries/cloudtrail';
import { formatConsoleDate } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { cloudTrailPaths } from './cloudtrail-paths';

export interface EventsTableProps {
  events: readonly TrailEventRow[];
  loading: boolean;
  header: ReactNode;
  filter: ReactNode;
  pagination: ReactNode;
  /** Shown in place of the rows when the events could not be read (a denial). */
  error?: ReactNode;
}

const dash = (value: string | undefined) => value ?? '-';

export function EventsTable({
  events,
  loading,
  header,
  filter,
  pagination,
  error,
}: EventsTableProps) {
  return (
    <Table<TrailEventRow>
      variant="full-page"
      header={header}
      filter={filter}
      pagination={pagination}
      loading={loading}
      loadingText="Loading events"
      items={[...events]}
      trackBy="eventId"
      columnDefinitions={[
        {
          id: 'eventName',
          header: 'Event name',
          cell: (e) => <RouteLink to={cloudTrailPaths.event(e.eventId)}>{e.eventName}</RouteLink>,
        },
        { id: 'eventTime', header: 'Event time', cell: (e) => formatConsoleDate(e.eventTime) },
        { id: 'userName', header: 'User name', cell: (e) => e.userName },
        { id: 'eventSource', header: 'Event source', cell: (e) => e.eventSource },
        { id: 'resourceType', header: 'Resource type', cell: (e) => dash(e.resourceType) },
        { id: 'resourceName', header: 'Resource name', cell: (e) => dash(e.resourceName) },
        { id: 'errorCode', header: 'Error code', cell: (e) => dash(e.errorCode) },
      ]}
      empty={
        error ?? (
          <Box textAlign="center" color="inherit">
            <Box variant="strong" color="inherit">
              No matches
            </Box>
            <Box variant="p" color="inherit">
              No events match the lookup attributes.
            </Box>
          </Box>
        )
      }
    />
  );
}
