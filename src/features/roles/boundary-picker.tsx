// Choose a managed policy as a permissions boundary: the managed policies table, one row at a time.
import type { ManagedPolicy } from '@/queries/types';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';

export interface BoundaryPickerProps {
  policies: readonly ManagedPolicy[];
  loading: boolean;
  selectedArn?: string;
  onChange: (policyArn: string | undefined) => void;
}

export function BoundaryPicker({ policies, loading, selectedArn, onChange }: BoundaryPickerProps) {
  const selected = policies.filter((p) => p.arn === selectedArn);
  return (
    <ManagedPoliciesTable
      title="Permissions policies"
      description="Choose a policy to set as the permissions boundary. It sets the maximum permissions the role can have."
      items={policies}
      loading={loading}
      columns={['type', 'usedAs', 'description']}
      selectionType="single"
      selectedItems={selected}
      onSelectionChange={(items) => onChange(items[0]?.arn)}
      pageSize={10}
    />
  );
}
