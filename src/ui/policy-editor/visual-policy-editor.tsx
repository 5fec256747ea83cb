// The visual policy editor: one permission block per service, and "Add more permissions".
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ServiceCatalog } from '@/iam';
import { PermissionBlockEditor } from './permission-block-editor';
import { newPermissionBlock, type VisualPolicy } from './visual-model';

export interface VisualPolicyEditorProps {
  model: VisualPolicy;
  catalog: ServiceCatalog;
  onChange: (model: VisualPolicy) => void;
}

export function VisualPolicyEditor({ model, catalog, onChange }: VisualPolicyEditorProps) {
  const setBlocks = (blocks: VisualPolicy['blocks']) => onChange({ ...model, blocks });
  return (
    <SpaceBetween size="l">
      {model.blocks.map((block, index) => (
        <PermissionBlockEditor
          // Blocks have no identity of their own; their place is what the learner sees.
          key={index}
          block={block}
          catalog={catalog}
          onChange={(next) => setBlocks(model.blocks.map((b, i) => (i === index ? next : b)))}
          onRemove={() => setBlocks(model.blocks.filter((_b, i) => i !== index))}
        />
      ))}
      <Button
        iconName="add-plus"
        onClick={() => setBlocks([...model.blocks, newPermissionBlock()])}
      >
        Add more permissions
      </Button>
    </SpaceBetween>
  );
}
