// The console's typed-confirmation dialog: the delete button stays disabled until the learner types
// the resource's name (or the phrase the console asks for).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';

export interface DeleteConfirmationModalProps {
  header: string;
  /** What will happen, in the console's words. */
  children: ReactNode;
  /** The text to type, e.g. the user name. */
  confirmationText: string;
  /** "To confirm deletion, enter the user name in the text input field." */
  instruction: string;
  deleteLabel: string;
  loading?: boolean;
  /** An API error from the delete, shown inside the dialog. */
  error?: ReactNode;
  onDelete: () => void;
  onDismiss: () => void;
}

export function DeleteConfirmationModal({
  header,
  children,
  confirmationText,
  instruction,
  deleteLabel,
  loading,
  error,
  onDelete,
  onDismiss,
}: DeleteConfirmationModalProps) {
  const [typed, setTyped] = useState('');
  const confirmed = typed === confirmationText;
  return (
    <Modal
      visible
      header={header}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!confirmed} loading={loading} onClick={onDelete}>
              {deleteLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {[
          <div key="body">{children}</div>,
          <Box key="undo" variant="p">
            This action cannot be undone.
          </Box>,
          <FormField key="confirm" label={instruction}>
            <Input
              value={typed}
              placeholder={confirmationText}
              ariaLabel={instruction}
              onChange={(event) => setTyped(event.detail.value)}
              onKeyDown={(event) => {
                if (event.detail.key === 'Enter' && confirmed) onDelete();
              }}
            />
          </FormField>,
          error ? (
            <Alert key="error" type="error">
              {error}
            </Alert>
          ) : null,
        ]}
      </SpaceBetween>
    </Modal>
  );
}
