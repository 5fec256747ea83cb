// A small confirmation dialog for the console pages: a question, one action, AWS's error in place.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';

export interface ConfirmModalProps {
  header: string;
  children: ReactNode;
  confirmLabel: string;
  errorHeader: string;
  /** False keeps the action disabled (e.g. until a box is ticked). */
  canConfirm?: boolean;
  size?: 'medium' | 'large';
  /** Enter in the dialog's one text field confirms, as a form's submit would. */
  submitOnEnter?: boolean;
  onConfirm: () => Promise<void>;
  onDismiss: () => void;
}

export function ConfirmModal(props: ConfirmModalProps) {
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  async function confirm() {
    setError(undefined);
    setPending(true);
    try {
      await props.onConfirm();
      props.onDismiss();
    } catch (err) {
      setError(err);
    }
    setPending(false);
  }

  return (
    <Modal
      visible
      size={props.size ?? 'medium'}
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
              loading={pending}
              disabled={props.canConfirm === false}
              onClick={() => void confirm()}
            >
              {props.confirmLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {[
          props.submitOnEnter ? (
            <form
              key="body"
              onSubmit={(e) => {
                e.preventDefault();
                if (!pending && props.canConfirm !== false) void confirm();
              }}
            >
              {props.children}
            </form>
          ) : (
            <div key="body">{props.children}</div>
          ),
          error ? <ApiErrorAlert key="error" error={error} header={props.errorHeader} /> : null,
        ]}
      </SpaceBetween>
    </Modal>
  );
}
