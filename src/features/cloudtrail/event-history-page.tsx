// CloudTrail > Event history: the lab's calls, newest first, 50 to a page, read one page at a time
// with LookupEvents' NextToken (storage reads batches of records; nothing loads the whole log).
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { eventsQuery } from '@/queries/cloudtrail';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { CloudTrailHelp } from './cloudtrail-help';
import { cloudTrailPaths } from './cloudtrail-paths';
import { EventsTable } from './events-table';
import { LookupFilter, type EventFilter } from './lookup-filter';

const PAGE_SIZE = 50;

export function EventHistoryPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'CloudTrail', path: cloudTrailPaths.eventHistory() },
      { text: 'Event history', path: cloudTrailPaths.eventHistory() },
    ],
    help: CloudTrailHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const [filter, setFilter] = useState<EventFilter>({ outcome: 'all' });
  // tokens[i] starts page i; page 0 has none.
  const [tokens, setTokens] = useState<Array<string | undefined>>([undefined]);
  const [page, setPage] = useState(0);
  const events = useQuery({
    ...eventsQuery(caller, {
      ...(filter.attribute && { lookupAttribute: filter.attribute }),
      outcome: filter.outcome,
      maxResults: PAGE_SIZE,
      ...(tokens[page] && { nextToken: tokens[page] }),
    }),
    placeholderData: keepPreviousData,
  });
  const nextToken = events.isPlaceholderData ? undefined : events.data?.nextToken;
  const rows = events.data?.events ?? [];

  const onFilter = (next: EventFilter) => {
    setFilter(next);
    setTokens([undefined]);
    setPage(0);
  };
  const goTo = (index: number) => {
    if (index < tokens.length) setPage(index);
    else if (index === page + 1 && nextToken) {
      setTokens((t) => [...t, nextToken]);
      setPage(index);
    }
  };
  const refresh = () => {
    setTokens([undefined]);
    setPage(0);
    void events.refetch();
  };

  return (
    <EventsTable
      events={events.error ? [] : rows}
      loading={events.isPending || (events.isFetching && events.isPlaceholderData)}
      error={events.error ? <ApiErrorAlert error={events.error} /> : undefined}
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={`(${rows.length}${nextToken || page > 0 ? '+' : ''})`}
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          description="Event history shows you the last 90 days of management events."
          actions={<Button iconName="refresh" ariaLabel="Refresh events" onClick={refresh} />}
        >
          Event history
        </Header>
      }
      filter={<LookupFilter filter={filter} onChange={onFilter} />}
      pagination={
        <Pagination
          currentPageIndex={page + 1}
          pagesCount={Math.max(tokens.length, page + 1 + (nextToken ? 1 : 0))}
          openEnd={Boolean(nextToken)}
          onChange={({ detail }) => goTo(detail.currentPageIndex - 1)}
          ariaLabels={{
            nextPageLabel: 'Next page',
            previousPageLabel: 'Previous page',
            pageLabel: (n) => `Page ${n}`,
          }}
        />
      }
    />
  );
}
