// Choose a managed policy as a permissions boundary: the managed policies table, one row at a time.
import { ManagedPoliciesTable, type ManagedPolicyRow } from './managed-policies-table';

export interface BoundaryPickerProps {
  policies: readonly ManagedPolicyRow[];
  loading: boolean;
  selectedArn?: string;
  onChange: (policyArn: string | undefined) => void;
  /** Whose maximum permissions the boundary sets. */
  entity?: 'user' | 'role';
}

export function BoundaryPicker({
  policies,
  loading,
  selectedArn,
  onChange,
  entity = 'role',
}: BoundaryPickerProps) {
  const selected = policies.filter((p) => p.arn === selectedArn);
  return (
    <ManagedPoliciesTable
      title="Permissions policies"
      description={`Choose a policy to set as the permissions boundary. It sets the maximum permissions the ${entity} can have.`}
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
