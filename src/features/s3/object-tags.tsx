// An object's "Tags (n)" panel: GetObjectTagging, and Edit → PutObjectTagging (the whole set).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { objectTaggingQuery, usePutObjectTagging } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { tagRowErrors, type TagDraft } from '@/ui/tag-rules';
import { TagsEditor } from '@/ui/tags-editor';

export interface ObjectTagsProps {
  bucket: string;
  objectKey: string;
}

export function ObjectTags({ bucket, objectKey }: ObjectTagsProps) {
  const caller = useCaller();
  const ref = { bucket, key: objectKey };
  const tags = useQuery(objectTaggingQuery(caller, ref));
  const put = usePutObjectTagging();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [draft, setDraft] = useState<TagDraft[] | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const current = tags.data ?? [];

  const save = () => {
    if (!draft) return;
    setShowErrors(true);
    if (tagRowErrors(draft).some((e) => e.key || e.value)) return;
    put.mutate(
      { caller, ref, tags: draft.map((t) => ({ Key: t.key, Value: t.value })) },
      {
        onSuccess: () => {
          setDraft(null);
          pushFlash({ type: 'success', header: 'Successfully edited tags.' });
        },
      },
    );
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${current.length})`}
          description="Track storage cost or other criteria by tagging your objects. Policies can test them with the s3:ExistingObjectTag/<key> condition key."
          actions={
            draft ? (
              <SpaceBetween direction="horizontal" size="xs">
                <Button onClick={() => setDraft(null)}>Cancel</Button>
                <Button variant="primary" loading={put.isPending} onClick={save}>
                  Save changes
                </Button>
              </SpaceBetween>
            ) : (
              <Button
                disabled={!tags.data}
                onClick={() => {
                  put.reset();
                  setShowErrors(false);
                  setDraft(current.map((t) => ({ key: t.Key, value: t.Value })));
                }}
              >
                Edit
              </Button>
            )
          }
        >
          Tags
        </Header>
      }
    >
      <SpaceBetween size="m">
        {tags.error && (
          <ApiErrorAlert
            error={tags.error}
            deniedHeader="Insufficient permissions to view tags"
            deniedAdvice="After you or your AWS administrator has updated your permissions to allow the s3:GetObjectTagging action, refresh the page."
          />
        )}
        {put.error && (
          <ApiErrorAlert
            error={put.error}
            header="Failed to edit tags"
            deniedHeader="Failed to edit tags"
            deniedAdvice="To edit tags, the s3:PutObjectTagging permission is required."
          />
        )}
        {draft ? (
          <TagsEditor tags={draft} onChange={setDraft} showErrors={showErrors} />
        ) : (
          <Table
            variant="embedded"
            ariaLabels={{ tableLabel: 'Object tags' }}
            items={current}
            trackBy="Key"
            empty={<Box color="inherit">No tags associated with this resource.</Box>}
            columnDefinitions={[
              { id: 'key', header: 'Key', cell: (t) => t.Key, isRowHeader: true },
              { id: 'value', header: 'Value', cell: (t) => t.Value || '-' },
            ]}
          />
        )}
      </SpaceBetween>
    </Container>
  );
}
