import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

export interface PickerModalProps {
  header: string;
  confirmLabel: string;
  canConfirm: boolean;
  loading: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
  children: ReactNode;
}

/** A large dialog around a selection table ("Add users", "Attach policies"). */
export function PickerModal(props: PickerModalProps) {
  return (
    <Modal
      visible
      size="large"
      header={props.header}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!props.canConfirm}
              loading={props.loading}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {props.children}
    </Modal>
  );
}
