// A user's Tags tab: its key-value pairs as text, and "Manage tags" → "Save changes" (UntagUser for
// removed keys and TagUser for added or changed ones), with IAM's tag rules checked first.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useUpdateUserTags } from '@/queries/iam-credentials';
import type { Tag } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { TableEmptyState } from '@/ui/table-states';
import { hasTagErrors, type TagDraft } from '@/ui/tag-rules';
import { TagsEditor } from '@/ui/tags-editor';

export interface UserTagsTabProps {
  userName: string;
  tags: readonly Tag[];
}

export function UserTagsTab({ userName, tags }: UserTagsTabProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const save = useUpdateUserTags();
  const [drafts, setDrafts] = useState<TagDraft[]>();
  // The tags the editor started from: saving applies only the learner's edits to them.
  const [original, setOriginal] = useState<Tag[]>([]);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>();

  function startEditing() {
    setDrafts(tags.map((t) => ({ key: t.Key, value: t.Value })));
    setOriginal([...tags]);
    setTried(false);
    setError(undefined);
  }

  async function onSave() {
    if (!drafts) return;
    setTried(true);
    setError(undefined);
    if (hasTagErrors(drafts)) return;
    try {
      await save.mutateAsync({
        caller,
        userName,
        tags: drafts.map((d) => ({ Key: d.key, Value: d.value })),
        original,
      });
      setDrafts(undefined);
      pushFlash({ type: 'success', header: `Tags for ${userName} saved.` });
    } catch (err) {
      setError(err);
    }
  }

  if (drafts) {
    return (
      <Container
        header={
          <Header
            variant="h2"
            description="A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional value."
          >
            Manage tags
          </Header>
        }
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setDrafts(undefined)}>
                Cancel
              </Button>
              <Button variant="primary" loading={save.isPending} onClick={() => void onSave()}>
                Save changes
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="m">
          <TagsEditor tags={drafts} onChange={setDrafts} showErrors={tried} />
          {error ? <ApiErrorAlert error={error} header="Failed to save tags" /> : null}
        </SpaceBetween>
      </Container>
    );
  }

  return (
    <Table
      items={[...tags]}
      trackBy="Key"
      empty={
        <TableEmptyState
          title="No tags associated with the resource."
          action={<Button onClick={startEditing}>Add new tag</Button>}
        />
      }
      columnDefinitions={[
        { id: 'key', header: 'Key', isRowHeader: true, cell: (t) => t.Key },
        { id: 'value', header: 'Value', cell: (t) => t.Value || '-' },
      ]}
      header={
        <Header
          counter={`(${tags.length})`}
          actions={<Button onClick={startEditing}>Manage tags</Button>}
        >
          Tags
        </Header>
      }
    />
  );
}
