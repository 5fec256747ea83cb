// "Copy": CopyObject to a destination S3 URI (s3://bucket/key), in this bucket or another.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useCopyObject } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';

export interface CopyObjectModalProps {
  bucket: string;
  objectKey: string;
  onDismiss: () => void;
}

/** "s3://bucket/key" → its parts; a destination ending in "/" keeps the object's name. */
export function parseDestination(uri: string, fileName: string) {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri.trim());
  if (!match) return null;
  const [, bucket = '', path = ''] = match;
  const key = path === '' || path.endsWith('/') ? `${path}${fileName}` : path;
  return { bucket, key };
}

export function CopyObjectModal({ bucket, objectKey, onDismiss }: CopyObjectModalProps) {
  const caller = useCaller();
  const copy = useCopyObject();
  const pushFlash = useFlash((s) => s.pushFlash);
  const fileName = objectKey.slice(objectKey.lastIndexOf('/') + 1);
  const [uri, setUri] = useState(`s3://${bucket}/`);
  const [submitted, setSubmitted] = useState(false);
  const target = parseDestination(uri, fileName);
  const submit = () => {
    setSubmitted(true);
    if (!target) return;
    copy.mutate(
      { caller, source: { bucket, key: objectKey }, target },
      {
        onSuccess: () => {
          pushFlash({
            type: 'success',
            header: `Successfully copied "${fileName}" to s3://${target.bucket}/${target.key}`,
          });
          onDismiss();
        },
      },
    );
  };
  return (
    <Modal
      visible
      header="Copy"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={copy.isPending} onClick={submit}>
              Copy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="Destination"
          description="Format: s3://bucket/prefix/ or s3://bucket/key. Copying needs s3:GetObject on the source and s3:PutObject on the destination."
          errorText={
            submitted && !target ? 'Enter a destination such as s3://bucket/prefix/.' : null
          }
        >
          <Input
            value={uri}
            ariaLabel="Destination"
            onChange={({ detail }) => setUri(detail.value)}
          />
        </FormField>
        {copy.error && (
          <ApiErrorAlert error={copy.error} header="Copy failed" deniedHeader="Copy failed" />
        )}
      </SpaceBetween>
    </Modal>
  );
}
