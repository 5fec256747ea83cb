// Create role, step 2 "Add permissions": managed policies to attach, and an optional boundary.
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ManagedPolicy } from '@/queries/types';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';
import { BoundaryPicker } from '@/ui/boundary-picker';
import type { CreateRoleForm } from './create-role-form';

export interface RolePermissionsStepProps {
  form: CreateRoleForm;
  policies: readonly ManagedPolicy[];
  loading: boolean;
  onChange: (patch: Partial<CreateRoleForm>) => void;
}

export function RolePermissionsStep({
  form,
  policies,
  loading,
  onChange,
}: RolePermissionsStepProps) {
  return (
    <SpaceBetween size="l">
      <ManagedPoliciesTable
        title="Permissions policies"
        description="Choose one or more policies to attach to your new role."
        items={policies}
        loading={loading}
        columns={['type', 'description']}
        selectionType="multi"
        selectedItems={policies.filter((p) => form.policyArns.includes(p.arn))}
        onSelectionChange={(items) => onChange({ policyArns: items.map((i) => i.arn) })}
      />
      <ExpandableSection
        variant="container"
        headerText="Set permissions boundary - optional"
        headerDescription="Set a permissions boundary to control the maximum permissions this role can have. This is not a common setting, but you can use it to delegate permission management to others."
        defaultExpanded={form.useBoundary}
      >
        <SpaceBetween size="m">
          <RadioGroup
            ariaLabel="Permissions boundary"
            value={form.useBoundary ? 'use' : 'none'}
            onChange={(e) => onChange({ useBoundary: e.detail.value === 'use' })}
            items={[
              { value: 'none', label: 'Create role without a permissions boundary' },
              {
                value: 'use',
                label: 'Use a permissions boundary to control the maximum role permissions',
              },
            ]}
          />
          {form.useBoundary && (
            <BoundaryPicker
              policies={policies}
              loading={loading}
              selectedArn={form.boundaryArn}
              onChange={(boundaryArn) => onChange({ boundaryArn })}
            />
          )}
        </SpaceBetween>
      </ExpandableSection>
    </SpaceBetween>
  );
}
