// The console's tag editor ("Add new tag", Key / Value - optional, "Remove", "You can add up to N
// more tags."), for any taggable entity: users, roles, policies. Props in, events out.
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Input from '@cloudscape-design/components/input';
import { TAG_LIMIT, tagRowErrors, type TagDraft } from './tag-rules';

export interface TagsEditorProps {
  tags: readonly TagDraft[];
  onChange: (tags: TagDraft[]) => void;
  /** Show row errors (after a first save attempt). */
  showErrors: boolean;
}

export function TagsEditor({ tags, onChange, showErrors }: TagsEditorProps) {
  const errors = showErrors ? tagRowErrors(tags) : [];
  const left = TAG_LIMIT - tags.length;
  const set = (index: number, change: Partial<TagDraft>) =>
    onChange(tags.map((t, i) => (i === index ? { ...t, ...change } : t)));
  return (
    <AttributeEditor
      items={[...tags]}
      addButtonText="Add new tag"
      removeButtonText="Remove"
      disableAddButton={left <= 0}
      onAddButtonClick={() => onChange([...tags, { key: '', value: '' }])}
      onRemoveButtonClick={(e) => onChange(tags.filter((_, i) => i !== e.detail.itemIndex))}
      empty="No tags associated with the resource."
      additionalInfo={
        left > 0
          ? `You can add up to ${left} more tag${left === 1 ? '' : 's'}.`
          : `You have reached the limit of ${TAG_LIMIT} tags.`
      }
      definition={[
        {
          label: 'Key',
          control: (tag, i) => (
            <Input
              value={tag.key}
              ariaLabel={`Tag key ${i + 1}`}
              placeholder="Enter key"
              onChange={(e) => set(i, { key: e.detail.value })}
            />
          ),
          errorText: (_tag, i) => errors[i]?.key,
        },
        {
          label: 'Value - optional',
          control: (tag, i) => (
            <Input
              value={tag.value}
              ariaLabel={`Tag value ${i + 1}`}
              placeholder="Enter value"
              onChange={(e) => set(i, { value: e.detail.value })}
            />
          ),
          errorText: (_tag, i) => errors[i]?.value,
        },
      ]}
    />
  );
}
