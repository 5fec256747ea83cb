// "Switch to user": the lab's shortcut to act as an IAM user without signing in. It needs no
// password and no permission; the identity menu marks it as a lab shortcut.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { switchableUsersQuery } from '@/queries/lab';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';

export interface SwitchUserModalProps {
  onDismiss: () => void;
}

export function SwitchUserModal({ onDismiss }: SwitchUserModalProps) {
  const users = useQuery(switchableUsersQuery());
  const identity = useActingIdentity((s) => s.identity);
  const switchToUser = useActingIdentity((s) => s.switchToUser);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [userName, setUserName] = useState<string>();
  const options = (users.data ?? [])
    .filter((name) => identity.kind !== 'user' || identity.userName !== name)
    .map((name) => ({ value: name, label: name }));

  function onSwitch() {
    if (!userName) return;
    switchToUser(userName);
    pushFlash({
      type: 'info',
      header: `You are now acting as the IAM user ${userName}.`,
      content: 'Lab shortcut: no password was needed. Use "Switch back" in the identity menu.',
    });
    onDismiss();
  }

  return (
    <Modal
      visible
      header="Switch to user"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!userName} onClick={onSwitch}>
              Switch
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="info" header="Lab shortcut">
          In AWS you would sign in as the user with their password. Here you act as the user at
          once, with no password. Every call is then authorized with the user&apos;s policies.
        </Alert>
        <FormField label="IAM user" description="The user to act as in this browser tab.">
          <Select
            ariaLabel="IAM user"
            placeholder="Choose a user"
            statusType={users.isPending ? 'loading' : 'finished'}
            loadingText="Loading users"
            empty="No IAM users in this lab. Create one first."
            selectedOption={userName ? { value: userName, label: userName } : null}
            options={options}
            // A lab may hold 5,000 users: find one by typing, and render only the rows in view.
            filteringType="auto"
            filteringPlaceholder="Find a user"
            filteringAriaLabel="Find a user"
            virtualScroll={options.length > 200}
            onChange={(event) => setUserName(event.detail.selectedOption.value)}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
