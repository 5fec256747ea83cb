// The "Objects (n)" table on a bucket's Objects tab: the folders and objects under one prefix.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Icon from '@cloudscape-design/components/icon';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import { useHref, useNavigate } from 'react-router';
import { openHelp } from '@/state/page-chrome-store';
import { formatS3Date, formatS3Size, objectType } from './s3-format';
import { s3Paths } from './s3-paths';

/** A row: a folder (a common prefix) or an object. `key` is the full key or prefix. */
export interface ObjectRow {
  key: string;
  folder: boolean;
  size: number;
  lastModified: string;
}

export interface ObjectsTableProps {
  bucket: string;
  prefix: string;
  rows: readonly ObjectRow[];
  loading: boolean;
  denied: boolean;
  onRefresh: () => void;
  onDelete: (rows: ObjectRow[]) => void;
}

/** The name the table shows: the part of the key after the folder's prefix. */
const shortName = (row: ObjectRow, prefix: string) => row.key.slice(prefix.length);

function RowLink({ bucket, row, prefix }: { bucket: string; row: ObjectRow; prefix: string }) {
  const navigate = useNavigate();
  const to = row.folder
    ? s3Paths.bucket(bucket, 'objects', row.key)
    : s3Paths.object(bucket, row.key);
  const href = useHref(to);
  return (
    <SpaceBetween direction="horizontal" size="xxs">
      <Icon name={row.folder ? 'folder' : 'file'} />
      <Link
        href={href}
        onFollow={(event) => {
          event.preventDefault();
          navigate(to);
        }}
      >
        {shortName(row, prefix)}
      </Link>
    </SpaceBetween>
  );
}

export function ObjectsTable(props: ObjectsTableProps) {
  const { bucket, prefix, rows, loading, denied } = props;
  const navigate = useNavigate();
  const [selected, setSelected] = useState<ObjectRow[]>([]);
  const upload = (
    <Button
      variant="primary"
      iconName="upload"
      onClick={() => navigate(s3Paths.upload(bucket, prefix))}
    >
      Upload
    </Button>
  );
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(rows, {
      filtering: {
        // The console's search finds objects by prefix, within the folder shown.
        filteringFunction: (item, text) => shortName(item, prefix).startsWith(text),
        empty: (
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No objects</b>
              {!denied && (
                <Box variant="p" color="inherit">
                  You don&apos;t have any objects in this {prefix ? 'folder' : 'bucket'}.
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
      sorting: {},
    });
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={loading}
      loadingText="Loading objects"
      trackBy="key"
      variant="container"
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
      ariaLabels={{
        tableLabel: 'Objects',
        selectionGroupLabel: 'Objects selection',
        itemSelectionLabel: (_s, row) => shortName(row, prefix),
        allItemsSelectionLabel: () => 'Select all objects',
      }}
      header={
        <Header
          counter={`(${rows.length})`}
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          description="Objects are the fundamental entities stored in Amazon S3. For others to access your objects, you'll need to explicitly grant them permissions."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel="Refresh" onClick={props.onRefresh} />
              <Button
                disabled={selected.length === 0}
                onClick={() => {
                  props.onDelete(selected);
                  setSelected([]);
                }}
              >
                Delete
              </Button>
              <Button onClick={() => navigate(s3Paths.createFolder(bucket, prefix))}>
                Create folder
              </Button>
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
          isRowHeader: true,
          cell: (row) => <RowLink bucket={bucket} row={row} prefix={prefix} />,
        },
        {
          id: 'type',
          header: 'Type',
          cell: (row) => (row.folder ? 'Folder' : objectType(row.key)),
        },
        {
          id: 'lastModified',
          header: 'Last modified',
          cell: (row) => (row.folder ? '-' : formatS3Date(row.lastModified)),
        },
        { id: 'size', header: 'Size', cell: (row) => (row.folder ? '-' : formatS3Size(row.size)) },
        {
          id: 'storageClass',
          header: 'Storage class',
          cell: (row) => (row.folder ? '-' : 'Standard'),
        },
      ]}
    />
  );
}
