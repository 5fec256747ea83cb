// The instance's Tags tab: the tags as a table, and "Manage tags", which saves with CreateTags for
// new or changed tags and DeleteTags for removed keys (each authorized on the instance's tags).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { Tag } from '@/queries/types';
import { useSaveInstanceTags } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { tagRowErrors, type TagDraft } from '@/ui/tag-rules';
import { TagsEditor } from '@/ui/tags-editor';
import { Ec2DenialDetails } from './decode-message-modal';

export interface InstanceTagsTabProps {
  instanceId: string;
  region: string;
  tags: readonly Tag[];
}

/** What to send: tags new or changed (CreateTags), keys no longer there (DeleteTags). */
export function tagChanges(before: readonly Tag[], after: readonly TagDraft[]) {
  const set = after
    .filter((d) => !before.some((t) => t.Key === d.key && t.Value === d.value))
    .map((d) => ({ Key: d.key, Value: d.value }));
  const remove = before
    .filter((t) => !after.some((d) => d.key === t.Key))
    .map((t) => ({ Key: t.Key }));
  return { set, remove };
}

export function InstanceTagsTab({ instanceId, region, tags }: InstanceTagsTabProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const save = useSaveInstanceTags();
  const [draft, setDraft] = useState<TagDraft[] | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  const onSave = () => {
    if (!draft) return;
    if (tagRowErrors(draft).some((e) => e.key || e.value)) {
      setShowErrors(true);
      return;
    }
    save.mutate(
      { caller, instanceId, region, ...tagChanges(tags, draft) },
      {
        onSuccess: () => {
          setDraft(null);
          pushFlash({ type: 'success', header: `Successfully saved tags for ${instanceId}` });
        },
        onError: (error) => {
          const denied = deniedCallOf(error);
          pushFlash({
            type: 'error',
            header: `Failed to save tags for ${instanceId}`,
            content: denied ? <Ec2DenialDetails error={denied} /> : error.message,
          });
        },
      },
    );
  };

  if (draft) {
    return (
      <Container header={<Header variant="h2">Manage tags</Header>}>
        <SpaceBetween size="m">
          <TagsEditor tags={draft} onChange={setDraft} showErrors={showErrors} />
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setDraft(null)}>
                Cancel
              </Button>
              <Button variant="primary" loading={save.isPending} onClick={onSave}>
                Save
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
      ariaLabels={{ tableLabel: 'Tags' }}
      header={
        <Header
          counter={`(${tags.length})`}
          actions={
            <Button
              onClick={() => {
                setShowErrors(false);
                setDraft(tags.map((t) => ({ key: t.Key, value: t.Value })));
              }}
            >
              Manage tags
            </Button>
          }
        >
          Tags
        </Header>
      }
      empty={
        <Box textAlign="center" color="inherit">
          <b>No tags</b>
          <Box variant="p" color="inherit">
            There are no tags associated with this resource.
          </Box>
        </Box>
      }
      columnDefinitions={[
        { id: 'key', header: 'Key', cell: (t) => t.Key, isRowHeader: true },
        { id: 'value', header: 'Value', cell: (t) => t.Value || '–' },
      ]}
    />
  );
}
