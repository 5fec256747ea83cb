// "Permissions options": add to groups, copy from a user, or attach policies directly; and the
// tables to choose from. Used by Create user (step 2) and a user's "Add permissions".
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import type { GroupRow, ManagedPolicy, UserRow } from '@/queries/types';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';
import { RouteLink } from '@/ui/route-link';
import { paths } from '@/paths';
import { TableEmptyState } from '@/ui/table-states';
import { CopyFromUserTable } from './copy-from-user-table';
import type { PermissionsOption } from './create-user-form';
import { GroupsPickerTable } from './groups-picker-table';

export interface PermissionsOptionsProps {
  option: PermissionsOption;
  onOptionChange: (option: PermissionsOption) => void;
  groups: readonly GroupRow[];
  groupsLoading: boolean;
  selectedGroupNames: readonly string[];
  onGroupsChange: (names: string[]) => void;
  policies: readonly ManagedPolicy[];
  policiesLoading: boolean;
  selectedPolicyArns: readonly string[];
  onPoliciesChange: (arns: string[]) => void;
  /** For an existing user: groups and policies it already has. */
  currentGroupNames?: readonly string[];
  currentPolicyArns?: readonly string[];
  /** Text of the Copy permissions tile ("…and any existing permissions boundaries…" for a user). */
  copyDescription: string;
  /** Copy permissions: offered only where the page can copy (Create user). */
  copy?: {
    users: readonly UserRow[];
    loading: boolean;
    selectedName?: string;
    onChange: (userName: string | undefined) => void;
  };
}

export function PermissionsOptions(props: PermissionsOptionsProps) {
  const selectedPolicies = props.policies.filter((p) => props.selectedPolicyArns.includes(p.arn));
  const current = props.currentPolicyArns ?? [];
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Permissions options</Header>}>
        <Tiles
          ariaLabel="Permissions options"
          value={props.option}
          onChange={(e) => props.onOptionChange(e.detail.value as PermissionsOption)}
          columns={3}
          items={[
            {
              value: 'group',
              label: 'Add user to group',
              description:
                'Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.',
            },
            {
              value: 'copy',
              label: 'Copy permissions',
              description: props.copy
                ? props.copyDescription
                : `${props.copyDescription} (Not available here in this lab.)`,
              disabled: !props.copy,
            },
            {
              value: 'policies',
              label: 'Attach policies directly',
              description:
                'Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead. Then, add the user to the appropriate group.',
            },
          ]}
        />
      </Container>
      {props.option === 'group' && (
        <GroupsPickerTable
          rows={props.groups}
          loading={props.groupsLoading}
          selectedNames={props.selectedGroupNames}
          onChange={props.onGroupsChange}
          disabledNames={props.currentGroupNames}
          empty={
            <TableEmptyState
              title="Get started with groups"
              subtitle="Create a group and select policies to attach to the group. We recommend using groups to manage user permissions by job function, AWS service access, or custom permissions."
              action={<RouteLink to={paths.createGroup()}>Create group</RouteLink>}
            />
          }
        />
      )}
      {props.option === 'copy' && props.copy && (
        <CopyFromUserTable
          rows={props.copy.users}
          loading={props.copy.loading}
          selectedName={props.copy.selectedName}
          onChange={props.copy.onChange}
        />
      )}
      {props.option === 'policies' && (
        <ManagedPoliciesTable
          title="Permissions policies"
          items={props.policies}
          loading={props.policiesLoading}
          columns={['type', 'attachedEntities']}
          selectionType="multi"
          selectedItems={selectedPolicies}
          onSelectionChange={(rows) => props.onPoliciesChange(rows.map((r) => r.arn))}
          isItemDisabled={(row) => current.includes(row.arn)}
          pageSize={10}
        />
      )}
    </SpaceBetween>
  );
}
