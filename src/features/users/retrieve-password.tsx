// Create user, step 4 "Retrieve password": the only time the console password is shown.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { downloadCsv } from '@/ui/download-csv';
import { LabDataNote } from '@/ui/lab-data-note';

export interface RetrievePasswordProps {
  userName: string;
  password: string;
  signInUrl: string;
  onDone: () => void;
}

export function RetrievePassword({ userName, password, signInUrl, onDone }: RetrievePasswordProps) {
  const [shown, setShown] = useState(false);
  return (
    <SpaceBetween size="l">
      <Header variant="h1">Retrieve password</Header>
      <Alert type="success" header="User created successfully">
        You can view and download the user&apos;s password and email instructions for signing in to
        the AWS Management Console.
      </Alert>
      <Alert type="warning">
        This is the only time you can view this password. After you close this window, if the
        password is lost, you must create a new one.
      </Alert>
      <LabDataNote what="password" />
      <Container header={<Header variant="h2">Console sign-in details</Header>}>
        <KeyValuePairs
          columns={1}
          items={[
            {
              label: 'Console sign-in URL',
              value: (
                <CopyToClipboard
                  variant="inline"
                  textToCopy={signInUrl}
                  copyButtonAriaLabel="Copy console sign-in URL"
                  copySuccessText="Console sign-in URL copied"
                  copyErrorText="Console sign-in URL failed to copy"
                />
              ),
            },
            { label: 'User name', value: userName },
            {
              label: 'Console password',
              value: (
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
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
      </Container>
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
          <Button variant="primary" onClick={onDone}>
            Return to users list
          </Button>
        </SpaceBetween>
      </Box>
    </SpaceBetween>
  );
}
