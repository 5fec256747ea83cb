// The dialog "Save changes" opens when a policy already has 5 versions: IAM keeps at most 5, so
// one non-default version must go first (the oldest is proposed).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { PolicyVersion } from '@/queries/types';
import { formatConsoleDate } from '@/ui/format';

export interface VersionLimitModalProps {
  versions: readonly PolicyVersion[];
  saving: boolean;
  onConfirm: (versionId: string) => void;
  onCancel: () => void;
}

const versionNumber = (v: PolicyVersion) => Number(v.versionId.slice(1));

export function VersionLimitModal({
  versions,
  saving,
  onConfirm,
  onCancel,
}: VersionLimitModalProps) {
  const deletable = versions
    .filter((v) => !v.isDefaultVersion)
    .sort((a, b) => versionNumber(a) - versionNumber(b));
  const [chosen, setChosen] = useState(deletable[0]?.versionId ?? '');
  return (
    <Modal
      visible
      header="Delete a policy version"
      onDismiss={onCancel}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!chosen}
              loading={saving}
              onClick={() => onConfirm(chosen)}
            >
              Delete and save
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          This policy already has the maximum of 5 versions. To save your changes as a new default
          version, choose a version to delete. You cannot delete the default version.
        </Box>
        <RadioGroup
          ariaLabel="Version to delete"
          value={chosen}
          onChange={(e) => setChosen(e.detail.value)}
          items={deletable.map((v) => ({
            value: v.versionId,
            label: `Version ${v.versionId}`,
            description: `Created ${formatConsoleDate(v.createDate)}`,
          }))}
        />
      </SpaceBetween>
    </Modal>
  );
}
