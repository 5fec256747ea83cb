// "Permissions defined in this policy" as a summary: one row per service (Service · Access level ·
// Resource · Request condition), and a service's actions when its name is chosen.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useEffect, useState } from 'react';
import {
  loadServiceCatalog,
  servicesForSummary,
  summarizePolicy,
  type PolicySummary as Summary,
  type ServiceSummary,
} from '@/iam';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface PolicySummaryProps {
  /** The policy JSON text. */
  document: string;
}

function useSummary(document: string): Summary | 'error' | undefined {
  const [summary, setSummary] = useState<Summary | 'error'>();
  useEffect(() => {
    let live = true;
    setSummary(undefined);
    void (async () => {
      try {
        const parsed: unknown = JSON.parse(document);
        const catalog = await loadServiceCatalog();
        await catalog.loadServices(servicesForSummary(parsed, catalog));
        if (live) setSummary(summarizePolicy(parsed, catalog));
      } catch {
        if (live) setSummary('error');
      }
    })();
    return () => {
      live = false;
    };
  }, [document]);
  return summary;
}

function withWarning(text: string, warning?: string) {
  return warning ? (
    <SpaceBetween size="xxxs">
      <span>{text}</span>
      <StatusIndicator type="warning">{warning}</StatusIndicator>
    </SpaceBetween>
  ) : (
    text
  );
}

/** Services per page: AWS managed policies such as ReadOnlyAccess name hundreds. */
const PAGE_SIZE = 50;

function matches(row: ServiceSummary, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return [row.serviceName, row.serviceFullName, row.accessLevel, row.resource, row.condition].some(
    (field) => field.toLowerCase().includes(needle),
  );
}

interface ServicesTableProps {
  title: string;
  rows: ServiceSummary[];
  /** The text of the summary's one Search box. */
  filteringText: string;
  onClearFilter: () => void;
  onOpen: (row: ServiceSummary) => void;
}

function ServicesTable({ title, rows, filteringText, onClearFilter, onOpen }: ServicesTableProps) {
  const shown = rows.filter((row) => matches(row, filteringText));
  const { items, collectionProps, paginationProps } = useCollection(shown, {
    pagination: { pageSize: PAGE_SIZE },
  });
  return (
    <Table
      {...collectionProps}
      items={items}
      trackBy={(r) => `${r.effect}:${r.service}`}
      variant="embedded"
      header={<Header variant="h3">{title}</Header>}
      wrapLines
      pagination={shown.length > PAGE_SIZE ? <Pagination {...paginationProps} /> : undefined}
      empty={
        rows.length > 0 ? <TableNoMatchState onClearFilter={onClearFilter} /> : <TableEmptyState />
      }
      columnDefinitions={[
        {
          id: 'service',
          header: 'Service',
          isRowHeader: true,
          cell: (r) => (
            <Link onFollow={() => onOpen(r)} ariaLabel={`${r.serviceName} actions`}>
              {r.serviceName}
            </Link>
          ),
        },
        {
          id: 'access',
          header: 'Access level',
          cell: (r) => withWarning(r.accessLevel, r.accessLevelWarning),
        },
        {
          id: 'resource',
          header: 'Resource',
          cell: (r) => withWarning(r.resource, r.resourceWarning),
        },
        {
          id: 'condition',
          header: 'Request condition',
          cell: (r) => withWarning(r.condition, r.conditionWarning),
        },
      ]}
    />
  );
}

interface ServiceActionsProps {
  service: ServiceSummary;
  onBack: () => void;
}

function ServiceActions({ service, onBack }: ServiceActionsProps) {
  const granted = service.actions.filter((a) => a.grantsAccess).length;
  const total = service.accessLevels.reduce((sum, l) => sum + l.total, 0);
  const effect = service.effect === 'Allow' ? 'Allow' : 'Explicit deny';
  // One group per access level, in the console's order (List, Read, Write, ...).
  const groups = service.accessLevels
    .map((level) => ({
      ...level,
      actions: service.actions.filter((a) => a.accessLevel === level.level),
    }))
    .filter((group) => group.actions.length > 0);
  return (
    <SpaceBetween size="m">
      <Box>
        <Link onFollow={onBack}>Policy summary</Link> {'>'} {service.serviceFullName}
      </Box>
      <Header variant="h3" counter={`(${granted} of ${total} actions)`}>
        {`${effect}: ${service.serviceName}`}
      </Header>
      {groups.map((group) => (
        <Table
          key={group.level}
          items={group.actions}
          trackBy="action"
          variant="embedded"
          wrapLines
          header={
            <Header variant="h3" counter={`(${group.granted} of ${group.total} actions)`}>
              {group.level}
            </Header>
          }
          columnDefinitions={[
            {
              id: 'action',
              header: 'Action',
              isRowHeader: true,
              cell: (a) => (a.grantsAccess ? a.name : `${a.name} (No access)`),
            },
            {
              id: 'resource',
              header: 'Resource',
              cell: (a) => withWarning(a.resource, a.resourceWarning),
            },
            {
              id: 'condition',
              header: 'Request condition',
              cell: (a) => withWarning(a.condition, a.conditionWarning),
            },
          ]}
        />
      ))}
    </SpaceBetween>
  );
}

export function PolicySummary({ document }: PolicySummaryProps) {
  const summary = useSummary(document);
  const [open, setOpen] = useState<ServiceSummary>();
  const [filteringText, setFilteringText] = useState('');
  if (summary === undefined) return <Spinner />;
  if (summary === 'error') {
    return <StatusIndicator type="error">The policy summary could not be shown.</StatusIndicator>;
  }
  if (open) return <ServiceActions service={open} onBack={() => setOpen(undefined)} />;
  const sections = [
    summary.allow.length > 0 && (
      <ServicesTable
        key="allow"
        title={`Allow (${summary.allow.length} of ${summary.totalServices} services)`}
        rows={summary.allow}
        filteringText={filteringText}
        onClearFilter={() => setFilteringText('')}
        onOpen={setOpen}
      />
    ),
    summary.explicitDeny.length > 0 && (
      <ServicesTable
        key="deny"
        title={`Explicit deny (${summary.explicitDeny.length} of ${summary.totalServices} services)`}
        rows={summary.explicitDeny}
        filteringText={filteringText}
        onClearFilter={() => setFilteringText('')}
        onOpen={setOpen}
      />
    ),
    summary.uncategorized.length > 0 && (
      <Box key="uncategorized">
        <Header variant="h3">Uncategorized services</Header>
        {summary.uncategorized.map((u) => (
          <Box key={`${u.effect}:${u.service}`} variant="p">
            {u.service}: {u.actions.join(', ')}
          </Box>
        ))}
      </Box>
    ),
    ...summary.problems.map((problem) => (
      <StatusIndicator key={problem} type="warning">
        {problem}
      </StatusIndicator>
    )),
  ].filter(Boolean);
  if (sections.length === 0) return <Box>No permissions are defined.</Box>;
  return (
    <SpaceBetween size="m">
      {[
        <TextFilter
          key="search"
          filteringText={filteringText}
          filteringPlaceholder="Search"
          filteringAriaLabel="Search services"
          onChange={(e) => setFilteringText(e.detail.filteringText)}
        />,
        ...sections,
      ]}
    </SpaceBetween>
  );
}
