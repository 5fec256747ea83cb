// "Policy versions": one row per version, the default marked; "Set as default" and "Delete" (never
// the default). IAM keeps at most 5 versions of a customer managed policy.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  policyVersionQuery,
  policyVersionsQuery,
  useDeletePolicyVersions,
  useSetDefaultPolicyVersion,
} from '@/queries/iam-policies';
import type { PolicyVersion } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { TableEmptyState } from '@/ui/table-states';
import { PolicyJson } from './policy-json';

export interface PolicyVersionsTabProps {
  policyArn: string;
}

interface VersionJsonModalProps {
  policyArn: string;
  versionId: string;
  onDismiss: () => void;
}

function VersionJsonModal({ policyArn, versionId, onDismiss }: VersionJsonModalProps) {
  const caller = useCaller();
  const version = useQuery(policyVersionQuery(caller, policyArn, versionId));
  return (
    <Modal visible size="large" header={`Version ${versionId}`} onDismiss={onDismiss}>
      {version.error ? <ApiErrorAlert error={version.error} /> : null}
      {version.data ? <PolicyJson document={version.data.document} /> : null}
    </Modal>
  );
}

export function PolicyVersionsTab({ policyArn }: PolicyVersionsTabProps) {
  const caller = useCaller();
  const versions = useQuery(policyVersionsQuery(caller, policyArn));
  const setDefault = useSetDefaultPolicyVersion();
  const remove = useDeletePolicyVersions();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [selected, setSelected] = useState<PolicyVersion[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [viewing, setViewing] = useState<string>();
  const [error, setError] = useState<unknown>();
  const items = versions.data ?? [];
  const [single] = selected;
  const hasDefault = selected.some((v) => v.isDefaultVersion);

  async function run(action: () => Promise<void>, done: string) {
    setError(undefined);
    try {
      await action();
      pushFlash({ type: 'success', header: done });
      setSelected([]);
    } catch (err) {
      setError(err);
    }
  }

  const ids = selected.map((v) => v.versionId);
  return (
    <SpaceBetween size="m">
      {error || versions.error ? <ApiErrorAlert error={error ?? versions.error} /> : null}
      <Table
        items={items}
        loading={versions.isPending && !versions.error}
        loadingText="Loading policy versions"
        trackBy="versionId"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Policy versions selection',
          itemSelectionLabel: (_s, v) => v.versionId,
          allItemsSelectionLabel: () => 'Select all versions',
        }}
        empty={<TableEmptyState />}
        header={
          <Header
            counter={`(${items.length})`}
            description="Managed policies can have up to 5 versions. The default version is the one in effect."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={selected.length !== 1 || hasDefault}
                  loading={setDefault.isPending}
                  onClick={() =>
                    single &&
                    void run(
                      () =>
                        setDefault.mutateAsync({ caller, policyArn, versionId: single.versionId }),
                      `Version ${single.versionId} set as default.`,
                    )
                  }
                >
                  Set as default
                </Button>
                <Button
                  disabled={selected.length === 0 || hasDefault}
                  disabledReason={hasDefault ? 'You cannot delete the default version.' : undefined}
                  onClick={() => setConfirming(true)}
                >
                  Delete
                </Button>
              </SpaceBetween>
            }
          >
            Policy versions
          </Header>
        }
        columnDefinitions={[
          {
            id: 'version',
            header: 'Version',
            isRowHeader: true,
            cell: (v) => (
              <Link onFollow={() => setViewing(v.versionId)}>
                {v.isDefaultVersion ? `${v.versionId} (Default)` : v.versionId}
              </Link>
            ),
          },
          { id: 'created', header: 'Creation time', cell: (v) => formatConsoleDate(v.createDate) },
        ]}
      />
      {viewing ? (
        <VersionJsonModal
          policyArn={policyArn}
          versionId={viewing}
          onDismiss={() => setViewing(undefined)}
        />
      ) : null}
      {confirming ? (
        <Modal
          visible
          header={ids.length === 1 ? `Delete version ${ids[0]}?` : `Delete ${ids.length} versions?`}
          onDismiss={() => setConfirming(false)}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button
                  variant="primary"
                  loading={remove.isPending}
                  onClick={() => {
                    setConfirming(false);
                    void run(
                      () => remove.mutateAsync({ caller, policyArn, versionIds: ids }),
                      `${ids.length === 1 ? 'Version' : 'Versions'} ${ids.join(', ')} deleted.`,
                    );
                  }}
                >
                  Delete
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          <Box variant="p">Deleted policy versions cannot be recovered.</Box>
        </Modal>
      ) : null}
    </SpaceBetween>
  );
}
