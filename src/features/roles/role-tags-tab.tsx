// A role's Tags tab: its key-value pairs, shown as text, and "Manage tags" → "Save changes"
// (UntagRole for removed keys, TagRole for the others).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TagEditor from '@cloudscape-design/components/tag-editor';
import { useState } from 'react';
import { useSaveRoleTags } from '@/queries/iam-roles';
import type { Tag } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { TableEmptyState } from '@/ui/table-states';

export interface RoleTagsTabProps {
  roleName: string;
  tags: readonly Tag[];
  readOnly: boolean;
}

interface EditedTag {
  key: string;
  value: string;
  existing: boolean;
  markedForRemoval: boolean;
}

export function RoleTagsTab({ roleName, tags, readOnly }: RoleTagsTabProps) {
  const caller = useCaller();
  const save = useSaveRoleTags();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [edited, setEdited] = useState<EditedTag[]>();
  const [error, setError] = useState<unknown>();

  function startEditing() {
    setError(undefined);
    setEdited(
      tags.map((t) => ({ key: t.Key, value: t.Value, existing: true, markedForRemoval: false })),
    );
  }

  async function onSave(rows: EditedTag[]) {
    setError(undefined);
    const kept = rows.filter((t) => !t.markedForRemoval);
    const keptKeys = new Set(kept.map((t) => t.key.toLowerCase()));
    const removedKeys = tags.map((t) => t.Key).filter((k) => !keptKeys.has(k.toLowerCase()));
    const changed = kept.filter((t) => {
      const before = tags.find((b) => b.Key.toLowerCase() === t.key.toLowerCase());
      return !before || before.Value !== t.value || before.Key !== t.key;
    });
    try {
      await save.mutateAsync({
        caller,
        roleName,
        removedKeys,
        tags: changed.map((t) => ({ Key: t.key, Value: t.value })),
      });
      pushFlash({ type: 'success', header: `Tags updated for ${roleName}.` });
      setEdited(undefined);
    } catch (err) {
      setError(err);
    }
  }

  if (edited) {
    return (
      <Container header={<Header variant="h2">Manage tags</Header>}>
        <SpaceBetween size="m">
          {error ? <ApiErrorAlert error={error} header="Failed to save tags" /> : null}
          <TagEditor
            tags={edited}
            tagLimit={50}
            onChange={(e) =>
              setEdited(
                e.detail.tags.map((t) => ({
                  key: t.key,
                  value: t.value ?? '',
                  existing: t.existing,
                  markedForRemoval: ('markedForRemoval' in t && t.markedForRemoval) === true,
                })),
              )
            }
          />
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setEdited(undefined)}>
                Cancel
              </Button>
              <Button
                variant="primary"
                loading={save.isPending}
                onClick={() => void onSave(edited)}
              >
                Save changes
              </Button>
            </SpaceBetween>
          </Box>
        </SpaceBetween>
      </Container>
    );
  }

  return (
    <Table
      items={[...tags]}
      trackBy="Key"
      empty={<TableEmptyState title="No tags associated with the resource." />}
      columnDefinitions={[
        { id: 'key', header: 'Key', isRowHeader: true, cell: (t) => t.Key },
        { id: 'value', header: 'Value', cell: (t) => t.Value || '-' },
      ]}
      header={
        <Header
          counter={`(${tags.length})`}
          actions={
            readOnly ? undefined : (
              <Button onClick={startEditing}>
                {tags.length === 0 ? 'Add new tag' : 'Manage tags'}
              </Button>
            )
          }
        >
          Tags
        </Header>
      }
    />
  );
}
