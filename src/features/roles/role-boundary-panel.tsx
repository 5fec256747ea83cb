// "Permissions boundary (not set)" under a role's policies: Set permissions boundary, Change
// boundary, Remove boundary.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { policiesQuery } from '@/queries/iam-policies';
import {
  useDeleteRolePermissionsBoundary,
  usePutRolePermissionsBoundary,
} from '@/queries/iam-roles';
import type { EffectivePolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { RouteLink } from '@/ui/route-link';
import { BoundaryPicker } from './boundary-picker';
import { ConfirmModal } from './confirm-modal';

export interface RoleBoundaryPanelProps {
  roleName: string;
  boundary?: EffectivePolicy;
  loading: boolean;
  readOnly: boolean;
}

export function RoleBoundaryPanel({
  roleName,
  boundary,
  loading,
  readOnly,
}: RoleBoundaryPanelProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [mode, setMode] = useState<'pick' | 'remove'>();
  const [choice, setChoice] = useState<string>();
  const policies = useQuery({ ...policiesQuery(caller), enabled: mode === 'pick' });
  const put = usePutRolePermissionsBoundary();
  const remove = useDeleteRolePermissionsBoundary();
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Set a permissions boundary to control the maximum permissions this role can have."
          actions={
            readOnly ? undefined : (
              <SpaceBetween direction="horizontal" size="xs">
                {boundary && <Button onClick={() => setMode('remove')}>Remove boundary</Button>}
                <Button onClick={() => setMode('pick')}>
                  {boundary ? 'Change boundary' : 'Set permissions boundary'}
                </Button>
              </SpaceBetween>
            )
          }
        >
          {boundary || loading ? 'Permissions boundary' : 'Permissions boundary (not set)'}
        </Header>
      }
    >
      {boundary ? (
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Policy name',
              value: boundary.policyArn ? (
                <RouteLink to={paths.policy(boundary.policyArn)}>{boundary.policyName}</RouteLink>
              ) : (
                boundary.policyName
              ),
            },
            { label: 'Type', value: boundary.type },
          ]}
        />
      ) : (
        <Box color="text-body-secondary">No permissions boundary is set for this role.</Box>
      )}
      {mode === 'pick' && (
        <ConfirmModal
          header={boundary ? 'Change permissions boundary' : 'Set permissions boundary'}
          size="large"
          confirmLabel="Set boundary"
          errorHeader="Failed to set the permissions boundary"
          canConfirm={choice !== undefined}
          onConfirm={async () => {
            if (!choice) return;
            await put.mutateAsync({ caller, roleName, policyArn: choice });
            pushFlash({ type: 'success', header: `Permissions boundary set for ${roleName}.` });
          }}
          onDismiss={() => {
            setMode(undefined);
            setChoice(undefined);
          }}
        >
          <BoundaryPicker
            policies={policies.data ?? []}
            loading={policies.isPending}
            selectedArn={choice}
            onChange={setChoice}
          />
        </ConfirmModal>
      )}
      {mode === 'remove' && boundary && (
        <ConfirmModal
          header="Remove permissions boundary?"
          confirmLabel="Remove boundary"
          errorHeader="Failed to remove the permissions boundary"
          onConfirm={async () => {
            await remove.mutateAsync({ caller, roleName });
            pushFlash({
              type: 'success',
              header: `Permissions boundary removed from ${roleName}.`,
            });
          }}
          onDismiss={() => setMode(undefined)}
        >
          {`Remove ${boundary.policyName} as the permissions boundary of ${roleName}? The role's permissions are then limited by its policies only.`}
        </ConfirmModal>
      )}
    </Container>
  );
}
