// Security credentials → "Multi-factor authentication (MFA) (n)": assigned devices, Remove, and
// "Assign MFA device".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { useRemoveMfaDevice } from '@/queries/iam-credentials';
import type { MfaDevice } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { TableEmptyState } from '@/ui/table-states';

export interface MfaSectionProps {
  /** Absent: the root user's own devices. */
  userName?: string;
  devices?: readonly MfaDevice[];
  loadError?: unknown;
}

export function MfaSection({ userName, devices, loadError }: MfaSectionProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const remove = useRemoveMfaDevice();
  const [selected, setSelected] = useState<MfaDevice[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const device = selected[0];

  async function onRemove() {
    if (!device) return;
    setError(undefined);
    try {
      await remove.mutateAsync({
        caller,
        ...(userName !== undefined && { userName }),
        serialNumber: device.serialNumber,
      });
      setSelected([]);
      pushFlash({ type: 'success', header: `MFA device ${device.deviceName} removed.` });
    } catch (err) {
      setError(err);
    }
    setConfirming(false);
  }

  const assign = (
    <Button
      disabled={!devices || devices.length >= 8}
      onClick={() =>
        navigate(
          userName === undefined ? paths.assignRootMfaDevice() : paths.assignMfaDevice(userName),
        )
      }
    >
      Assign MFA device
    </Button>
  );

  return (
    <SpaceBetween size="s">
      {error ? <ApiErrorAlert error={error} header="Failed to remove the MFA device" /> : null}
      {loadError ? <ApiErrorAlert error={loadError} /> : null}
      <Table
        items={[...(devices ?? [])]}
        trackBy="serialNumber"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems)}
        ariaLabels={{
          itemSelectionLabel: (_s, item) => item.deviceName,
          selectionGroupLabel: 'MFA devices',
        }}
        loading={!devices && !loadError}
        loadingText="Loading MFA devices"
        empty={
          <TableEmptyState
            title="No MFA devices. Assign an MFA device to improve the security of your AWS environment"
            action={assign}
          />
        }
        columnDefinitions={[
          { id: 'type', header: 'Type', cell: () => 'Virtual' },
          {
            id: 'identifier',
            header: 'Identifier',
            isRowHeader: true,
            cell: (d) => d.serialNumber,
          },
          { id: 'certifications', header: 'Certifications', cell: () => 'Not applicable' },
          { id: 'created', header: 'Created on', cell: (d) => formatConsoleDate(d.enableDate) },
        ]}
        header={
          <Header
            counter={devices ? `(${devices.length})` : undefined}
            description="Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device. Each user can have a maximum of 8 MFA devices assigned."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!device} onClick={() => setConfirming(true)}>
                  Remove
                </Button>
                {assign}
              </SpaceBetween>
            }
          >
            Multi-factor authentication (MFA)
          </Header>
        }
      />
      {confirming && device && (
        <Modal
          visible
          header="Remove MFA device?"
          onDismiss={() => setConfirming(false)}
          closeAriaLabel="Close dialog"
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button
                  variant="primary"
                  loading={remove.isPending}
                  onClick={() => void onRemove()}
                >
                  Remove
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          Remove {device.serialNumber} from {userName ?? 'the root user'}? Sign-in then needs no MFA
          code.
        </Modal>
      )}
    </SpaceBetween>
  );
}
