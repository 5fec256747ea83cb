// What an import or a share link holds, shown before anything is replaced, with the two ways in.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { LabFilePreview as Preview } from '@/queries/labs';

export interface LabFilePreviewProps {
  preview: Preview;
  currentLabName?: string;
  /** "Import as new lab" or "Open in a new lab". */
  newLabLabel: string;
  busy?: 'new' | 'replace';
  onCancel?: () => void;
  onNewLab: () => void;
  onReplace: () => void;
}

export function LabFilePreview({
  preview,
  currentLabName,
  newLabLabel,
  busy,
  onCancel,
  onNewLab,
  onReplace,
}: LabFilePreviewProps) {
  const { counts } = preview;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Nothing has changed yet. Check what the file holds, then choose how to open it."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {onCancel && (
                <Button variant="link" onClick={onCancel}>
                  Cancel
                </Button>
              )}
              <Button loading={busy === 'new'} disabled={busy !== undefined} onClick={onNewLab}>
                {newLabLabel}
              </Button>
              <Button
                variant="primary"
                loading={busy === 'replace'}
                disabled={busy !== undefined}
                onClick={onReplace}
              >
                Replace current lab
              </Button>
            </SpaceBetween>
          }
        >
          Preview
        </Header>
      }
    >
      <SpaceBetween size="l">
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'File name', value: preview.fileName },
            {
              label: 'Format',
              value: `${preview.formatLabel} (${preview.format}, version ${preview.version})`,
            },
            { label: 'Schema version', value: String(preview.schemaVersion) },
            { label: 'Lab name', value: preview.name },
            { label: 'Users', value: String(counts.users) },
            { label: 'User groups', value: String(counts.groups) },
            { label: 'Roles', value: String(counts.roles) },
            { label: 'Customer managed policies', value: String(counts.customerPolicies) },
            { label: 'Buckets', value: String(counts.buckets) },
            { label: 'Objects', value: String(counts.objects) },
            { label: 'Instances', value: String(counts.instances) },
            ...(preview.description ? [{ label: 'Description', value: preview.description }] : []),
          ]}
        />
        <Box variant="p" color="text-body-secondary">
          Replace current lab deletes everything in the lab
          {currentLabName ? ` "${currentLabName}"` : ''} and puts the file&apos;s lab in its place.{' '}
          {newLabLabel} keeps the current lab and switches to a new one. Either way, this tab acts
          as the root user afterwards.
        </Box>
      </SpaceBetween>
    </Container>
  );
}
