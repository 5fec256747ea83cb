// The Entities attached tab: "Attached as a permissions policy" with Attach and Detach (users and
// user groups), and "Attached as a permissions boundary".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupsQuery } from '@/queries/iam-groups';
import {
  policyBoundaryEntitiesQuery,
  policyEntitiesQuery,
  useAttachPolicyToEntities,
  useDetachPolicyFromEntities,
  type PolicyEntityRef,
} from '@/queries/iam-policies';
import { usersQuery } from '@/queries/iam-users';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { TableEmptyState } from '@/ui/table-states';
import { entityRows as entityRowsOf, PolicyEntitiesTable, type EntityRow } from './policy-entities';

export interface PolicyEntitiesTabProps {
  policyArn: string;
  policyName: string;
}

const toRef = (r: EntityRow): PolicyEntityRef => ({
  kind: r.type === 'User' ? 'user' : 'group',
  name: r.name,
});

interface AttachModalProps {
  attached: readonly EntityRow[];
  loading: boolean;
  onAttach: (rows: EntityRow[]) => void;
  onDismiss: () => void;
}

function AttachModal({ attached, loading, onAttach, onDismiss }: AttachModalProps) {
  const caller = useCaller();
  const users = useQuery(usersQuery(caller));
  const groups = useQuery(groupsQuery(caller));
  const [selected, setSelected] = useState<EntityRow[]>([]);
  const taken = new Set(attached.map((r) => r.id));
  const rows: EntityRow[] = [
    ...(users.data ?? []).map((u) => ({
      id: `user:${u.userName}`,
      name: u.userName,
      type: 'User' as const,
    })),
    ...(groups.data ?? []).map((g) => ({
      id: `group:${g.groupName}`,
      name: g.groupName,
      type: 'Group' as const,
    })),
  ].filter((r) => !taken.has(r.id));
  const error = users.error ?? groups.error;
  return (
    <Modal
      visible
      size="large"
      header="Attach policy"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={selected.length === 0}
              loading={loading}
              onClick={() => onAttach(selected)}
            >
              Attach policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {error ? <ApiErrorAlert error={error} /> : null}
      <Table<EntityRow>
        items={rows}
        loading={users.isPending || groups.isPending}
        loadingText="Loading entities"
        trackBy="id"
        variant="embedded"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Entities to attach',
          itemSelectionLabel: (_s, r) => r.name,
          allItemsSelectionLabel: () => 'Select all entities',
        }}
        empty={<TableEmptyState />}
        columnDefinitions={[
          { id: 'name', header: 'Entity name', isRowHeader: true, cell: (r) => r.name },
          { id: 'type', header: 'Entity type', cell: (r) => r.type },
        ]}
      />
    </Modal>
  );
}

export function PolicyEntitiesTab({ policyArn, policyName }: PolicyEntitiesTabProps) {
  const caller = useCaller();
  const entities = useQuery(policyEntitiesQuery(caller, policyArn));
  const boundaries = useQuery(policyBoundaryEntitiesQuery(caller, policyArn));
  const attach = useAttachPolicyToEntities();
  const detach = useDetachPolicyFromEntities();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [selected, setSelected] = useState<EntityRow[]>([]);
  const [attaching, setAttaching] = useState(false);
  const [error, setError] = useState<unknown>();

  async function run(change: () => Promise<void>, done: string) {
    setError(undefined);
    try {
      await change();
      pushFlash({ type: 'success', header: done });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <SpaceBetween size="l">
      {error ? <ApiErrorAlert error={error} /> : null}
      {entities.error ? (
        <ApiErrorAlert error={entities.error} />
      ) : (
        <PolicyEntitiesTable
          entities={entities.data}
          loading={entities.isPending}
          selectedItems={selected}
          onSelectionChange={setSelected}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                disabled={selected.length === 0}
                loading={detach.isPending}
                onClick={() => {
                  const names = selected.map((r) => r.name);
                  void run(
                    async () => {
                      await detach.mutateAsync({
                        caller,
                        policyArn,
                        entities: selected.map(toRef),
                      });
                      setSelected([]);
                    },
                    `Policy ${policyName} detached from ${names.join(', ')}.`,
                  );
                }}
              >
                Detach
              </Button>
              <Button onClick={() => setAttaching(true)}>Attach</Button>
            </SpaceBetween>
          }
        />
      )}
      {boundaries.error ? (
        <ApiErrorAlert error={boundaries.error} />
      ) : (
        <PolicyEntitiesTable
          usage="boundary"
          entities={boundaries.data}
          loading={boundaries.isPending}
        />
      )}
      {attaching ? (
        <AttachModal
          attached={entityRowsOf(entities.data)}
          loading={attach.isPending}
          onDismiss={() => setAttaching(false)}
          onAttach={(rows) => {
            setAttaching(false);
            void run(
              () => attach.mutateAsync({ caller, policyArn, entities: rows.map(toRef) }),
              `Policy ${policyName} attached to ${rows.map((r) => r.name).join(', ')}.`,
            );
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}
