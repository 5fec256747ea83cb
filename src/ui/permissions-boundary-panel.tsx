// "Permissions boundary (not set)" under a user's or role's policies: Set permissions boundary,
// Change boundary, Remove boundary. The page supplies the data and the calls.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { paths } from '@/paths';
import { BoundaryPicker } from './boundary-picker';
import { ConfirmModal } from './confirm-modal';
import type { ManagedPolicyRow } from './managed-policies-table';
import { RouteLink } from './route-link';

export interface BoundaryInfo {
  policyName: string;
  policyArn?: string;
  type: string;
}

export interface PermissionsBoundaryPanelProps {
  entity: 'user' | 'role';
  entityName: string;
  boundary?: BoundaryInfo;
  loading: boolean;
  readOnly: boolean;
  /** The managed policies to choose from, asked for once the picker opens. */
  policies: readonly ManagedPolicyRow[];
  policiesLoading: boolean;
  onPickerOpenChange: (open: boolean) => void;
  onSet: (policyArn: string) => Promise<void>;
  onRemove: () => Promise<void>;
}

export function PermissionsBoundaryPanel(props: PermissionsBoundaryPanelProps) {
  const { entity, entityName, boundary, loading, readOnly } = props;
  const [mode, setMode] = useState<'pick' | 'remove'>();
  const [choice, setChoice] = useState<string>();
  const open = (next: 'pick' | 'remove' | undefined) => {
    setMode(next);
    props.onPickerOpenChange(next === 'pick');
  };
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`Set a permissions boundary to control the maximum permissions this ${entity} can have.`}
          actions={
            readOnly ? undefined : (
              <SpaceBetween direction="horizontal" size="xs">
                {boundary && <Button onClick={() => open('remove')}>Remove boundary</Button>}
                <Button onClick={() => open('pick')}>
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
        <Box color="text-body-secondary">{`No permissions boundary is set for this ${entity}.`}</Box>
      )}
      {mode === 'pick' && (
        <ConfirmModal
          header={boundary ? 'Change permissions boundary' : 'Set permissions boundary'}
          size="large"
          confirmLabel="Set boundary"
          errorHeader="Failed to set the permissions boundary"
          canConfirm={choice !== undefined}
          onConfirm={async () => {
            if (choice) await props.onSet(choice);
          }}
          onDismiss={() => {
            open(undefined);
            setChoice(undefined);
          }}
        >
          <BoundaryPicker
            entity={entity}
            policies={props.policies}
            loading={props.policiesLoading}
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
          onConfirm={props.onRemove}
          onDismiss={() => open(undefined)}
        >
          {`Remove ${boundary.policyName} as the permissions boundary of ${entityName}? The ${entity}'s permissions are then limited by its policies only.`}
        </ConfirmModal>
      )}
    </Container>
  );
}
