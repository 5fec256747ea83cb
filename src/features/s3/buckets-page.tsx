// Amazon S3 > Buckets: the general purpose buckets of the account, or why they can't be listed.
import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { bucketsQuery } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf } from '@/ui/denial-alert';
import { BucketsTable } from './buckets-table';
import { BucketsHelp } from './s3-help';
import { s3Paths } from './s3-paths';

export const s3Breadcrumbs = [
  { text: 'Amazon S3', path: s3Paths.buckets() },
  { text: 'Buckets', path: s3Paths.buckets() },
];

export function BucketsPage() {
  const caller = useCaller();
  const buckets = useQuery(bucketsQuery(caller));
  usePageChrome({ breadcrumbs: s3Breadcrumbs, help: BucketsHelp, contentType: 'table' });
  const denied = deniedCallOf(buckets.error);
  return (
    <SpaceBetween size="m">
      {denied && (
        <DenialAlert header="You don't have permissions to list buckets" error={denied}>
          After you or your AWS administrator has updated your permissions to allow the
          s3:ListAllMyBuckets action, refresh this page. Learn more about Identity and access
          management in Amazon S3.
        </DenialAlert>
      )}
      {buckets.error && !denied && (
        <Alert type="error" header="Failed to list buckets">
          {buckets.error.message}
        </Alert>
      )}
      <BucketsTable
        buckets={buckets.data ?? []}
        loading={buckets.isPending && !buckets.error}
        denied={denied !== null}
        onRefresh={() => void buckets.refetch()}
      />
    </SpaceBetween>
  );
}
