// Existing Policies mode, left pane: "Users, Groups, and Roles", then the chosen entity's
// policies with a checkbox each (and its permissions boundary, and the organization's SCPs).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { groupsQuery } from '@/queries/iam-groups';
import { principalPoliciesQuery } from '@/queries/iam-simulator';
import { rolesQuery } from '@/queries/iam-roles';
import { usersQuery } from '@/queries/iam-users';
import type { PrincipalPolicies, SimulationPolicy, SimulationPrincipalKind } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import type { SimulatorSettings } from './simulator-settings';

const KIND_LABEL: Record<SimulationPrincipalKind, string> = {
  user: 'Users',
  group: 'Groups',
  role: 'Roles',
};

export interface PrincipalPaneProps {
  settings: SimulatorSettings;
  onChange: (patch: Partial<SimulatorSettings>) => void;
  /** Shows a policy's JSON below the results ("Show" in the Policies pane). */
  onShowPolicy: (policy: SimulationPolicy) => void;
}

function useEntityNames(kind: SimulationPrincipalKind) {
  const caller = useCaller();
  const users = useQuery({ ...usersQuery(caller), enabled: kind === 'user' });
  const groups = useQuery({ ...groupsQuery(caller), enabled: kind === 'group' });
  const roles = useQuery({ ...rolesQuery(caller), enabled: kind === 'role' });
  if (kind === 'user') return { ...users, names: users.data?.map((u) => u.userName) };
  if (kind === 'group') return { ...groups, names: groups.data?.map((g) => g.groupName) };
  return { ...roles, names: roles.data?.map((r) => r.roleName) };
}

function PolicyRow(props: {
  policy: SimulationPolicy;
  checked: boolean;
  label: string;
  onToggle: (checked: boolean) => void;
  onShow: () => void;
}) {
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <Checkbox checked={props.checked} onChange={(e) => props.onToggle(e.detail.checked)}>
        {props.label}
      </Checkbox>
      <Button
        variant="inline-link"
        ariaLabel={`Show ${props.policy.policyName}`}
        onClick={props.onShow}
      >
        Show
      </Button>
    </SpaceBetween>
  );
}

function PoliciesList(props: PrincipalPaneProps & { found: PrincipalPolicies }) {
  const { settings, onChange, onShowPolicy, found } = props;
  const excluded = new Set(settings.excluded);
  const toggle = (id: string, checked: boolean) =>
    onChange({
      excluded: checked ? settings.excluded.filter((e) => e !== id) : [...settings.excluded, id],
    });
  return (
    <SpaceBetween size="s">
      <Box variant="h3">Policies</Box>
      {found.policies.length === 0 && (
        <Box color="text-body-secondary">This entity has no identity-based policies.</Box>
      )}
      {found.policies.map((policy) => (
        <PolicyRow
          key={policy.id}
          policy={policy}
          checked={!excluded.has(policy.id)}
          label={`${policy.policyName} (${policy.type}, ${policy.attachedVia})`}
          onToggle={(checked) => toggle(policy.id, checked)}
          onShow={() => onShowPolicy(policy)}
        />
      ))}
      {found.boundary && (
        <PolicyRow
          policy={found.boundary}
          checked={settings.includeBoundary}
          label={`Permissions boundary: ${found.boundary.policyName}`}
          onToggle={(includeBoundary) => onChange({ includeBoundary })}
          onShow={() => onShowPolicy(found.boundary as SimulationPolicy)}
        />
      )}
      <Checkbox
        checked={settings.includeScps}
        onChange={(e) => onChange({ includeScps: e.detail.checked })}
      >
        AWS Organizations SCPs
      </Checkbox>
    </SpaceBetween>
  );
}

export function PrincipalPane(props: PrincipalPaneProps) {
  const { settings, onChange } = props;
  const caller = useCaller();
  const entities = useEntityNames(settings.principalKind);
  const principal = { kind: settings.principalKind, name: settings.principalName };
  const policies = useQuery({
    ...principalPoliciesQuery(caller, principal),
    enabled: settings.principalName !== '',
  });
  return (
    <Container header={<Header variant="h2">Users, Groups, and Roles</Header>}>
      <SpaceBetween size="m">
        <FormField label="Principal type">
          <Select
            ariaLabel="Principal type"
            selectedOption={{
              value: settings.principalKind,
              label: KIND_LABEL[settings.principalKind],
            }}
            options={(['user', 'group', 'role'] as const).map((k) => ({
              value: k,
              label: KIND_LABEL[k],
            }))}
            onChange={(e) =>
              onChange({
                principalKind: e.detail.selectedOption.value as SimulationPrincipalKind,
                principalName: '',
                excluded: [],
              })
            }
          />
        </FormField>
        <FormField label={KIND_LABEL[settings.principalKind].slice(0, -1)}>
          <Select
            ariaLabel="Principal"
            data-testid="simulator-principal"
            filteringType="auto"
            placeholder="Choose one"
            statusType={entities.isPending ? 'loading' : entities.isError ? 'error' : 'finished'}
            errorText={entities.error?.message}
            selectedOption={
              settings.principalName
                ? { value: settings.principalName, label: settings.principalName }
                : null
            }
            options={(entities.names ?? []).map((n) => ({ value: n, label: n }))}
            // A large lab lists thousands: only the options in view are drawn.
            virtualScroll={(entities.names?.length ?? 0) > 200}
            onChange={(e) =>
              onChange({ principalName: e.detail.selectedOption.value ?? '', excluded: [] })
            }
          />
        </FormField>
        {policies.isError && <ApiErrorAlert error={policies.error} />}
        {policies.isLoading && <Spinner />}
        {policies.data && <PoliciesList {...props} found={policies.data} />}
      </SpaceBetween>
    </Container>
  );
}
