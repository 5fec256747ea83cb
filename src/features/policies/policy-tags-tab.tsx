// A customer managed policy's Tags tab: its tags as key-value text.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { Tag } from '@/queries/types';

export interface PolicyTagsTabProps {
  tags: readonly Tag[];
}

export function PolicyTagsTab({ tags }: PolicyTagsTabProps) {
  return (
    <Table
      items={[...tags]}
      trackBy="Key"
      header={
        <Header
          counter={`(${tags.length})`}
          description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
        >
          Tags
        </Header>
      }
      empty={<Box color="inherit">No tags associated with the resource.</Box>}
      columnDefinitions={[
        { id: 'key', header: 'Key', isRowHeader: true, cell: (t) => t.Key },
        { id: 'value', header: 'Value', cell: (t) => t.Value || '-' },
      ]}
    />
  );
}
