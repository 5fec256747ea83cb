// "Permissions summary": what the wizard will add, as Name · Type · Used as.
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { ManagedPolicy } from '@/queries/types';
import { TableEmptyState } from '@/ui/table-states';

export interface PermissionsSummaryProps {
  groupNames: readonly string[];
  policies: readonly Pick<ManagedPolicy, 'arn' | 'policyName' | 'type'>[];
}

interface SummaryRow {
  id: string;
  name: string;
  type: string;
  usedAs: string;
}

export function PermissionsSummary({ groupNames, policies }: PermissionsSummaryProps) {
  const rows: SummaryRow[] = [
    ...groupNames.map((name) => ({
      id: `group:${name}`,
      name,
      type: 'Group',
      usedAs: 'Permissions group',
    })),
    ...policies.map((p) => ({
      id: p.arn,
      name: p.policyName,
      type: p.type,
      usedAs: 'Permissions policy',
    })),
  ];
  return (
    <Table
      items={rows}
      trackBy="id"
      variant="container"
      header={<Header counter={`(${rows.length})`}>Permissions summary</Header>}
      empty={<TableEmptyState />}
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (r) => r.name, isRowHeader: true },
        { id: 'type', header: 'Type', cell: (r) => r.type },
        { id: 'usedAs', header: 'Used as', cell: (r) => r.usedAs },
      ]}
    />
  );
}
