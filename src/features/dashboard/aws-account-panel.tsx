// The Dashboard's "AWS Account" panel: Account ID, Account Alias ("Create" or "Edit | Delete")
// and the sign-in URL for IAM users built from it.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  accountAliasesQuery,
  signInUrl,
  useCreateAccountAlias,
  useDeleteAccountAlias,
} from '@/queries/iam-account-settings';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { AccountAliasModal } from '@/ui/account-alias-modal';
import { ApiErrorAlert } from '@/ui/api-error-alert';

export interface AwsAccountPanelProps {
  accountId: string;
}

export function AwsAccountPanel({ accountId }: AwsAccountPanelProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const aliases = useQuery(accountAliasesQuery(caller));
  const create = useCreateAccountAlias();
  const remove = useDeleteAccountAlias();
  const [editing, setEditing] = useState(false);
  const [aliasError, setAliasError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const alias = aliases.data?.[0];
  const url = signInUrl(accountId, alias);

  async function onSave(value: string) {
    setAliasError(undefined);
    try {
      await create.mutateAsync({ caller, alias: value });
      setEditing(false);
      pushFlash({ type: 'success', header: `Account alias ${value} created.` });
    } catch (err) {
      setAliasError(err instanceof Error ? err.message : String(err));
    }
  }

  async function onDelete() {
    if (!alias) return;
    setError(undefined);
    try {
      await remove.mutateAsync({ caller, alias });
      pushFlash({ type: 'success', header: `Account alias ${alias} deleted.` });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Container header={<Header variant="h2">AWS Account</Header>}>
      <ColumnLayout columns={1} variant="text-grid">
        {[
          <div key="id">
            <Box variant="awsui-key-label">Account ID</Box>
            <CopyToClipboard
              variant="inline"
              textToCopy={accountId}
              copyButtonAriaLabel="Copy Account ID"
              copySuccessText="Account ID copied"
              copyErrorText="Account ID failed to copy"
            />
          </div>,
          <div key="alias">
            <Box variant="awsui-key-label">Account Alias</Box>
            <SpaceBetween direction="horizontal" size="xs" alignItems="center">
              <Box>{alias ?? '-'}</Box>
              {aliases.error ? null : alias ? (
                <SpaceBetween direction="horizontal" size="xxs">
                  <Button variant="inline-link" onClick={() => setEditing(true)}>
                    Edit
                  </Button>
                  <Box>|</Box>
                  <Button variant="inline-link" onClick={() => void onDelete()}>
                    Delete
                  </Button>
                </SpaceBetween>
              ) : (
                <Button variant="inline-link" onClick={() => setEditing(true)}>
                  Create
                </Button>
              )}
            </SpaceBetween>
          </div>,
          <div key="url">
            <Box variant="awsui-key-label">Sign-in URL for IAM users in this account</Box>
            <CopyToClipboard
              variant="inline"
              textToCopy={url}
              copyButtonAriaLabel="Copy Sign-in URL"
              copySuccessText="Sign-in URL copied"
              copyErrorText="Sign-in URL failed to copy"
            />
          </div>,
          ...(error || aliases.error
            ? [<ApiErrorAlert key="error" error={error ?? aliases.error} />]
            : []),
        ]}
      </ColumnLayout>
      {editing && (
        <AccountAliasModal
          accountId={accountId}
          {...(alias && { currentAlias: alias })}
          saving={create.isPending}
          {...(aliasError && { errorText: aliasError })}
          onSave={(value) => void onSave(value)}
          onDismiss={() => {
            setEditing(false);
            setAliasError(undefined);
          }}
        />
      )}
    </Container>
  );
}
