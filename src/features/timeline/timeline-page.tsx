// Lab > Timeline: the account's changes, newest first, one row per action (who, when, which
// operation, what it changed), read a page at a time. "Restore to here" puts the lab back as it
// was right after the selected action; Undo can revert that too.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { timelineQuery, useRestoreToHere } from '@/queries/lab';
import type { TimelineAction } from '@/queries/types';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ConfirmModal } from '@/ui/confirm-modal';
import { formatConsoleDate } from '@/ui/format';
import { TableEmptyState } from '@/ui/table-states';
import { TimelineChanges } from './timeline-changes';
import { TimelineHelp } from './timeline-help';

const PAGE_SIZE = 25;

/** "root", "user/user-2", "assumed-role/Admin/session": the ARN without its account prefix. */
const who = (principalArn: string) =>
  principalArn === 'lab' ? 'Lab' : principalArn.replace(/^arn:aws:(iam|sts)::\d{12}:/, '');

export function TimelinePage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Timeline', path: paths.timeline() },
    ],
    help: TimelineHelp,
    contentType: 'table',
  });
  // tokens[i] starts page i; page 0 has none.
  const [tokens, setTokens] = useState<Array<number | undefined>>([undefined]);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<TimelineAction>();
  const [confirming, setConfirming] = useState<TimelineAction>();
  const restore = useRestoreToHere();
  const pushFlash = useFlash((s) => s.pushFlash);
  const timeline = useQuery({
    ...timelineQuery({
      maxResults: PAGE_SIZE,
      ...(tokens[page] !== undefined && { nextToken: tokens[page] }),
    }),
    placeholderData: keepPreviousData,
  });
  const nextToken = timeline.isPlaceholderData ? undefined : timeline.data?.nextToken;
  const rows = timeline.data?.actions ?? [];
  // A selection survives a refresh only while its action is still on the page.
  const current = rows.find((row) => row.id === selected?.id);

  const goTo = (index: number) => {
    if (index < tokens.length) setPage(index);
    else if (index === page + 1 && nextToken !== undefined) {
      setTokens((t) => [...t, nextToken]);
      setPage(index);
    }
  };

  async function onRestore(action: TimelineAction) {
    const restored = await restore.mutateAsync({ lastChangeId: action.lastChangeId });
    setTokens([undefined]);
    setPage(0);
    setSelected(undefined);
    pushFlash({
      type: 'success',
      header:
        restored === 0
          ? 'The lab already matches that point. Nothing was changed.'
          : `Lab restored to right after ${action.operation} (${restored} ${restored === 1 ? 'record' : 'records'} put back). Undo reverts it.`,
    });
  }

  return (
    <>
      <Table<TimelineAction>
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${rows.length}${nextToken !== undefined || page > 0 ? '+' : ''})`}
            info={
              <Link variant="info" onFollow={openHelp}>
                Info
              </Link>
            }
            description="Lab — every change to this account, newest first, one row per action. Resetting the lab or loading a scenario starts a new timeline."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh timeline"
                  onClick={() => void timeline.refetch()}
                />
                <Button disabled={!current} onClick={() => setConfirming(current)}>
                  Restore to here
                </Button>
              </SpaceBetween>
            }
          >
            Timeline
          </Header>
        }
        loading={timeline.isPending}
        loadingText="Loading changes"
        items={rows}
        trackBy="id"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0])}
        ariaLabels={{
          selectionGroupLabel: 'Actions',
          itemSelectionLabel: (_, item) => `${item.operation} at ${formatConsoleDate(item.time)}`,
          allItemsSelectionLabel: () => 'All actions',
        }}
        wrapLines
        empty={
          timeline.error ? (
            <ApiErrorAlert error={timeline.error} />
          ) : (
            <TableEmptyState title="No changes" subtitle="This lab has no changes yet." />
          )
        }
        columnDefinitions={[
          {
            id: 'time',
            header: 'Time',
            cell: (item) => formatConsoleDate(item.time),
            width: 160,
          },
          { id: 'who', header: 'Identity', cell: (item) => who(item.principalArn), width: 160 },
          { id: 'operation', header: 'Action', cell: (item) => item.operation, width: 190 },
          {
            id: 'changes',
            header: 'Changes',
            cell: (item) => <TimelineChanges changes={item.changes} />,
            minWidth: 420,
          },
        ]}
        pagination={
          <Pagination
            currentPageIndex={page + 1}
            pagesCount={Math.max(tokens.length, page + 1 + (nextToken !== undefined ? 1 : 0))}
            openEnd={nextToken !== undefined}
            onChange={({ detail }) => goTo(detail.currentPageIndex - 1)}
            ariaLabels={{
              nextPageLabel: 'Next page',
              previousPageLabel: 'Previous page',
              pageLabel: (n) => `Page ${n}`,
            }}
          />
        }
      />
      {confirming && (
        <ConfirmModal
          header="Restore to here?"
          confirmLabel="Restore"
          errorHeader="The lab could not be restored"
          onConfirm={() => onRestore(confirming)}
          onDismiss={() => setConfirming(undefined)}
        >
          <Box variant="p">
            The lab goes back to how it was right after {confirming.operation} (
            {formatConsoleDate(confirming.time)}). Every later change is reverted. Undo brings them
            back.
          </Box>
        </ConfirmModal>
      )}
    </>
  );
}
