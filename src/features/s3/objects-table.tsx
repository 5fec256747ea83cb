// The "Objects (n)" table on a bucket's Objects tab.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useHref, useNavigate } from 'react-router';
import { openHelp } from '@/state/page-chrome-store';
import { formatS3Date, formatS3Size, objectType } from './s3-format';
import { s3Paths } from './s3-paths';

export interface ObjectRow {
  key: string;
  size: number;
  lastModified: string;
}

export interface ObjectsTableProps {
  bucket: string;
  objects: readonly ObjectRow[];
  loading: boolean;
  denied: boolean;
  onRefresh: () => void;
}

function ObjectLink({ bucket, objectKey }: { bucket: string; objectKey: string }) {
  const navigate = useNavigate();
  const to = s3Paths.object(bucket, objectKey);
  const href = useHref(to);
  return (
    <Link
      href={href}
      onFollow={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {objectKey}
    </Link>
  );
}

export function ObjectsTable({ bucket, objects, loading, denied, onRefresh }: ObjectsTableProps) {
  const navigate = useNavigate();
  const upload = (
    <Button variant="primary" iconName="upload" onClick={() => navigate(s3Paths.upload(bucket))}>
      Upload
    </Button>
  );
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(objects, {
      filtering: {
        // The console's search finds objects by prefix.
        filteringFunction: (item, text) => item.key.startsWith(text),
        empty: (
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No objects</b>
              {!denied && (
                <Box variant="p" color="inherit">
                  You don&apos;t have any objects in this bucket.
                </Box>
              )}
              {!denied && upload}
            </SpaceBetween>
          </Box>
        ),
        noMatch: (
          <Box textAlign="center" color="inherit">
            <b>No matches</b>
          </Box>
        ),
      },
      pagination: { pageSize: 50 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'key' } } },
    });
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={loading}
      loadingText="Loading objects"
      trackBy="key"
      variant="container"
      ariaLabels={{ tableLabel: 'Objects' }}
      header={
        <Header
          counter={`(${objects.length})`}
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          description="Objects are the fundamental entities stored in Amazon S3. For others to access your objects, you'll need to explicitly grant them permissions."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel="Refresh" onClick={onRefresh} />
              {upload}
            </SpaceBetween>
          }
        >
          Objects
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find objects by prefix"
          filteringAriaLabel="Find objects by prefix"
          countText={`${filteredItemsCount ?? 0} matches`}
        />
      }
      pagination={<Pagination {...paginationProps} />}
      columnDefinitions={[
        {
          id: 'key',
          header: 'Name',
          sortingField: 'key',
          isRowHeader: true,
          cell: (o) => <ObjectLink bucket={bucket} objectKey={o.key} />,
        },
        { id: 'type', header: 'Type', cell: (o) => objectType(o.key) },
        {
          id: 'lastModified',
          header: 'Last modified',
          sortingField: 'lastModified',
          cell: (o) => formatS3Date(o.lastModified),
        },
        { id: 'size', header: 'Size', sortingField: 'size', cell: (o) => formatS3Size(o.size) },
        { id: 'storageClass', header: 'Storage class', cell: () => 'Standard' },
      ]}
    />
  );
}
