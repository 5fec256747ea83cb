// "Console password": the new password, shown this once, with its .csv.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { downloadCsv } from '@/ui/download-csv';
import { LabDataNote } from '@/ui/lab-data-note';

export interface ConsolePasswordResultModalProps {
  userName: string;
  password: string;
  signInUrl: string;
  /** The success line: the console says "reset" after Manage, "enabled" after Enable. */
  outcome?: 'reset' | 'enabled';
  onDismiss: () => void;
}

export function ConsolePasswordResultModal(props: ConsolePasswordResultModalProps) {
  const [shown, setShown] = useState(false);
  const { userName, password, signInUrl } = props;
  return (
    <Modal
      visible
      header="Console password"
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              iconName="download"
              onClick={() =>
                downloadCsv(`${userName}_credentials.csv`, [
                  ['User name', 'Password', 'Console sign-in URL'],
                  [userName, password, signInUrl],
                ])
              }
            >
              Download .csv file
            </Button>
            <Button variant="primary" onClick={props.onDismiss}>
              Close
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="success">
          {props.outcome === 'enabled'
            ? "You have successfully enabled the user's new password."
            : "You have successfully reset the user's password."}
        </Alert>
        <Alert type="warning">
          This is the only time you can view this password. After you close this window, if the
          password is lost, you must create a new one.
        </Alert>
        <LabDataNote what="password" />
        <KeyValuePairs
          items={[
            { label: 'Console sign-in URL', value: signInUrl },
            { label: 'User name', value: userName },
            {
              label: 'Console password',
              value: (
                <SpaceBetween direction="horizontal" size="xs">
                  <Box variant="code" data-testid="console-password">
                    {shown ? password : '*'.repeat(12)}
                  </Box>
                  <Button variant="inline-link" onClick={() => setShown(!shown)}>
                    {shown ? 'Hide' : 'Show'}
                  </Button>
                </SpaceBetween>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}
