// The confirmation dialog the console shows before Stop, Reboot and Terminate.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ACTION_TEXT, type InstanceStateAction } from './instance-state-actions';

export interface InstanceStateConfirmProps {
  action: InstanceStateAction;
  instanceIds: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}

export function InstanceStateConfirm({
  action,
  instanceIds,
  onConfirm,
  onCancel,
}: InstanceStateConfirmProps) {
  const text = ACTION_TEXT[action].confirm;
  if (!text) return null;
  return (
    <Modal
      visible
      header={text.header}
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onConfirm}>
              {text.button}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {action === 'terminate' ? (
          <Alert type="warning">{text.body}</Alert>
        ) : (
          <Box variant="p">{text.body}</Box>
        )}
        <Box variant="p">
          Instance ID: <b>{instanceIds.join(', ')}</b>
        </Box>
      </SpaceBetween>
    </Modal>
  );
}
