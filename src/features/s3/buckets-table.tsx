// The "General purpose buckets (n)" table of the S3 console.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import { useHref, useNavigate } from 'react-router';
import { openHelp } from '@/state/page-chrome-store';
import { formatRegion, formatS3Date } from './s3-format';
import { s3Paths } from './s3-paths';

export interface BucketRow {
  name: string;
  region: string;
  creationDate: string;
}

export interface BucketsTableProps {
  buckets: readonly BucketRow[];
  loading: boolean;
  /** True when listing was denied: the table stays at (0) under the denial alert. */
  denied: boolean;
  onRefresh: () => void;
}

function BucketLink({ name }: { name: string }) {
  const navigate = useNavigate();
  const href = useHref(s3Paths.bucket(name));
  return (
    <Link
      href={href}
      onFollow={(event) => {
        event.preventDefault();
        navigate(s3Paths.bucket(name));
      }}
    >
      {name}
    </Link>
  );
}

export function BucketsTable({ buckets, loading, denied, onRefresh }: BucketsTableProps) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<BucketRow[]>([]);
  const chosen = selected[0];
  const createBucket = (
    <Button variant="primary" onClick={() => navigate(s3Paths.createBucket())}>
      Create bucket
    </Button>
  );
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(buckets, {
      filtering: {
        filteringFunction: (item, text) => item.name.toLowerCase().includes(text.toLowerCase()),
        empty: denied ? (
          <Box textAlign="center" color="inherit">
            <b>No buckets</b>
          </Box>
        ) : (
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>No buckets</b>
              <Box variant="p" color="inherit">
                You don&apos;t have any buckets.
              </Box>
              {createBucket}
            </SpaceBetween>
          </Box>
        ),
        noMatch: (
          <Box textAlign="center" color="inherit">
            <b>No matches</b>
          </Box>
        ),
      },
      pagination: { pageSize: 25 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'name' } } },
    });
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={loading}
      loadingText="Loading buckets"
      trackBy="name"
      variant="full-page"
      selectionType="single"
      selectedItems={selected}
      onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
      ariaLabels={{
        tableLabel: 'General purpose buckets',
        selectionGroupLabel: 'Buckets selection',
        itemSelectionLabel: (_s, b) => b.name,
      }}
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={`(${buckets.length})`}
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          description="Buckets are containers for data stored in S3."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel="Refresh" onClick={onRefresh} />
              <Button
                disabled={!chosen}
                onClick={() => chosen && navigate(s3Paths.emptyBucket(chosen.name))}
              >
                Empty
              </Button>
              <Button
                disabled={!chosen}
                onClick={() => chosen && navigate(s3Paths.deleteBucket(chosen.name))}
              >
                Delete
              </Button>
              {createBucket}
            </SpaceBetween>
          }
        >
          General purpose buckets
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Find buckets by name"
          filteringAriaLabel="Find buckets by name"
          countText={`${filteredItemsCount ?? 0} matches`}
        />
      }
      pagination={<Pagination {...paginationProps} />}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          sortingField: 'name',
          cell: (b) => <BucketLink name={b.name} />,
          isRowHeader: true,
        },
        { id: 'region', header: 'AWS Region', cell: (b) => formatRegion(b.region) },
        {
          id: 'creationDate',
          header: 'Creation date',
          sortingField: 'creationDate',
          cell: (b) => formatS3Date(b.creationDate),
        },
      ]}
    />
  );
}
