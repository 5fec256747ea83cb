// Amazon S3 > Buckets > <bucket>: its Objects tab (ListObjectsV2) and a short Properties tab.
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { bucketsQuery, objectsQuery } from '@/queries/s3';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf } from '@/ui/denial-alert';
import { s3Breadcrumbs } from './buckets-page';
import { ObjectsTable } from './objects-table';
import { BucketHelp } from './s3-help';
import { formatRegion, formatS3Date } from './s3-format';
import { s3Paths } from './s3-paths';

function ObjectsTab({ bucket }: { bucket: string }) {
  const caller = useCaller();
  const objects = useQuery(objectsQuery(caller, bucket));
  const denied = deniedCallOf(objects.error);
  return (
    <SpaceBetween size="m">
      {denied && (
        <DenialAlert header="Insufficient permissions to list objects" error={denied}>
          After you or your AWS administrator has updated your permissions to allow the
          s3:ListBucket action, refresh the page. Learn more about Identity and access management in
          Amazon S3.
        </DenialAlert>
      )}
      {objects.error && !denied && (
        <Alert type="error" header="Failed to list objects">
          {objects.error.message}
        </Alert>
      )}
      <ObjectsTable
        bucket={bucket}
        objects={objects.data ?? []}
        loading={objects.isPending && !objects.error}
        denied={denied !== null}
        onRefresh={() => void objects.refetch()}
      />
    </SpaceBetween>
  );
}

function PropertiesTab({ bucket }: { bucket: string }) {
  const caller = useCaller();
  const buckets = useQuery(bucketsQuery(caller));
  const record = buckets.data?.find((b) => b.name === bucket);
  return (
    <Container header={<Header variant="h2">Bucket overview</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'AWS Region', value: record ? formatRegion(record.region) : '-' },
          { label: 'Amazon Resource Name (ARN)', value: `arn:aws:s3:::${bucket}` },
          { label: 'Creation date', value: record ? formatS3Date(record.creationDate) : '-' },
        ]}
      />
    </Container>
  );
}

export function BucketPage() {
  const bucket = useParams().bucketName ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'properties' ? 'properties' : 'objects';
  usePageChrome({
    breadcrumbs: [...s3Breadcrumbs, { text: bucket, path: s3Paths.bucket(bucket) }],
    help: BucketHelp,
    contentType: 'table',
  });
  return (
    <SpaceBetween size="m">
      <Header variant="h1">{bucket}</Header>
      <Tabs
        activeTabId={tab}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={[
          { id: 'objects', label: 'Objects', content: <ObjectsTab bucket={bucket} /> },
          { id: 'properties', label: 'Properties', content: <PropertiesTab bucket={bucket} /> },
        ]}
      />
    </SpaceBetween>
  );
}
