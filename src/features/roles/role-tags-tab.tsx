// A role's Tags tab: its key-value pairs, shown as text.
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { Tag } from '@/queries/types';
import { TableEmptyState } from '@/ui/table-states';

export interface RoleTagsTabProps {
  tags: readonly Tag[];
}

export function RoleTagsTab({ tags }: RoleTagsTabProps) {
  return (
    <Table
      items={[...tags]}
      trackBy="Key"
      empty={<TableEmptyState title="No tags associated with the resource." />}
      columnDefinitions={[
        { id: 'key', header: 'Key', isRowHeader: true, cell: (t) => t.Key },
        { id: 'value', header: 'Value', cell: (t) => t.Value || '-' },
      ]}
      header={<Header counter={`(${tags.length})`}>Tags</Header>}
    />
  );
}
