// What opening an object's URL in a browser shows: the object, or S3's XML error. The request is
// anonymous (no credentials), so only the bucket policy can allow it.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect } from 'react';
import { useAnonymousGetObject } from '@/queries/s3';
import { errorCodeOf } from '@/ui/denial-alert';
import { ObjectPreview } from './object-preview';

export interface ObjectUrlModalProps {
  bucket: string;
  objectKey: string;
  url: string;
  onDismiss: () => void;
}

/** S3's REST error body (iam-console.md §4.2). */
function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

export function ObjectUrlModal({ bucket, objectKey, url, onDismiss }: ObjectUrlModalProps) {
  const get = useAnonymousGetObject();
  const { mutate } = get;
  useEffect(() => mutate({ bucket, key: objectKey }), [mutate, bucket, objectKey]);
  return (
    <Modal
      visible
      size="large"
      header="Object URL, opened as anonymous"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onDismiss}>
            Close
          </Button>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="code">{`GET ${url}`}</Box>
        <Box variant="p">
          A browser sends no AWS credentials, so S3 sees an anonymous request: only a bucket policy
          that grants access to everyone (&quot;Principal&quot;: &quot;*&quot;) can allow it, and
          Block Public Access can take that grant away.
        </Box>
        {get.isPending && <Spinner />}
        {get.data && (
          <SpaceBetween size="s">
            <StatusIndicator type="success">200 OK</StatusIndicator>
            <ObjectPreview
              objectKey={objectKey}
              body={get.data.body}
              contentType={get.data.contentType}
            />
          </SpaceBetween>
        )}
        {get.error && (
          <SpaceBetween size="s">
            <StatusIndicator type="error">
              {`${errorCodeOf(get.error) === 'AccessDenied' ? '403 Forbidden' : 'Error'}`}
            </StatusIndicator>
            <Box variant="code">
              <pre aria-label="Response body" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {errorXml(errorCodeOf(get.error) ?? 'InternalError', get.error.message)}
              </pre>
            </Box>
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Modal>
  );
}
