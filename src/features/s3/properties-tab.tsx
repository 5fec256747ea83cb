// A bucket's Properties tab: "Bucket overview", with the Region from GetBucketLocation.
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { bucketLocationQuery, bucketsQuery } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatRegion, formatS3Date } from './s3-format';

export function PropertiesTab({ bucket }: { bucket: string }) {
  const caller = useCaller();
  const location = useQuery(bucketLocationQuery(caller, bucket));
  const buckets = useQuery(bucketsQuery(caller));
  const record = buckets.data?.find((b) => b.name === bucket);
  return (
    <SpaceBetween size="m">
      {location.error && (
        <ApiErrorAlert
          error={location.error}
          deniedHeader="Insufficient permissions to view the bucket's Region"
          deniedAdvice="After you or your AWS administrator has updated your permissions to allow the s3:GetBucketLocation action, refresh the page."
          header="Failed to get the bucket's Region"
        />
      )}
      <Container header={<Header variant="h2">Bucket overview</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'AWS Region', value: location.data ? formatRegion(location.data) : '-' },
            { label: 'Amazon Resource Name (ARN)', value: `arn:aws:s3:::${bucket}` },
            { label: 'Creation date', value: record ? formatS3Date(record.creationDate) : '-' },
          ]}
        />
      </Container>
    </SpaceBetween>
  );
}
