// "Create alias" / "Edit alias" for the AWS account: one field, AWS's rules as its hint.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

export interface AccountAliasModalProps {
  accountId: string;
  currentAlias?: string;
  saving: boolean;
  /** AWS's message for a refused alias. */
  errorText?: string;
  onSave: (alias: string) => void;
  onDismiss: () => void;
}

export function AccountAliasModal(props: AccountAliasModalProps) {
  const [alias, setAlias] = useState(props.currentAlias ?? '');
  return (
    <Modal
      visible
      header={props.currentAlias ? 'Edit account alias' : 'Create alias for AWS account'}
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
              loading={props.saving}
              disabled={alias.trim() === ''}
              onClick={() => props.onSave(alias.trim())}
            >
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          An alias for account {props.accountId} replaces the account ID in the sign-in URL for IAM
          users. It must be unique across all of AWS.
        </Box>
        <FormField
          label="Preferred alias"
          constraintText="3 to 63 characters: lowercase letters, numbers and hyphens (-). It cannot start or end with a hyphen, have two hyphens in a row, or be a 12-digit number."
          errorText={props.errorText}
        >
          <Input
            value={alias}
            ariaLabel="Preferred alias"
            onChange={(e) => setAlias(e.detail.value)}
          />
        </FormField>
        <Box variant="small">
          Sign-in URL: https://{alias.trim() || props.accountId}.signin.aws.amazon.com/console
        </Box>
      </SpaceBetween>
    </Modal>
  );
}
