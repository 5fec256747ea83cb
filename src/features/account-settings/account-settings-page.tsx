// IAM > Account settings: the password policy (iam:GetAccountPasswordPolicy) and the account
// alias with the sign-in URL for IAM users (iam:ListAccountAliases, Create/DeleteAccountAlias), and
// the account's IAM quotas (iam:GetAccountSummary).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import {
  accountAliasesQuery,
  passwordPolicyQuery,
  signInUrl,
  useCreateAccountAlias,
  useDeleteAccountAlias,
} from '@/queries/iam-account-settings';
import { accountSummaryQuery } from '@/queries/iam-account';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { AccountAliasModal } from '@/ui/account-alias-modal';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { AccountSettingsHelp } from './account-settings-help';
import { IamQuotasTable, quotaRows } from './iam-quotas-table';
import { PasswordPolicySummary } from './password-policy-summary';

export function AccountSettingsPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Account settings', path: paths.accountSettings() },
    ],
    help: AccountSettingsHelp,
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policy = useQuery(passwordPolicyQuery(caller));
  const aliases = useQuery(accountAliasesQuery(caller));
  const summary = useQuery(accountSummaryQuery(caller));
  const createAlias = useCreateAccountAlias();
  const deleteAlias = useDeleteAccountAlias();
  const [editingAlias, setEditingAlias] = useState(false);
  const [aliasError, setAliasError] = useState<string>();
  const [error, setError] = useState<unknown>();
  // No custom policy is an answer (the IAM default); a denial is shown as one.
  const noCustomPolicy = isAwsError(policy.error) && policy.error.code === 'NoSuchEntity';
  const alias = aliases.data?.[0];

  async function onSaveAlias(value: string) {
    setAliasError(undefined);
    try {
      await createAlias.mutateAsync({ caller, alias: value });
      setEditingAlias(false);
      pushFlash({ type: 'success', header: `Account alias ${value} created.` });
    } catch (err) {
      setAliasError(err instanceof Error ? err.message : String(err));
    }
  }

  async function onDeleteAlias() {
    if (!alias) return;
    setError(undefined);
    try {
      await deleteAlias.mutateAsync({ caller, alias });
      pushFlash({ type: 'success', header: `Account alias ${alias} deleted.` });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
        >
          Account settings
        </Header>
      }
    >
      <SpaceBetween size="l">
        {error ? <ApiErrorAlert error={error} header="Failed to delete the account alias" /> : null}
        <Container
          header={
            <Header
              variant="h2"
              description="A password policy is a set of rules that define the type of password an IAM user can set."
              actions={<Button onClick={() => navigate(paths.editPasswordPolicy())}>Edit</Button>}
            >
              Password policy
            </Header>
          }
        >
          {policy.isPending ? (
            <Spinner />
          ) : policy.error && !noCustomPolicy ? (
            <ApiErrorAlert error={policy.error} />
          ) : (
            <PasswordPolicySummary policy={policy.data} />
          )}
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  {alias && (
                    <Button loading={deleteAlias.isPending} onClick={() => void onDeleteAlias()}>
                      Delete
                    </Button>
                  )}
                  <Button disabled={!!aliases.error} onClick={() => setEditingAlias(true)}>
                    {alias ? 'Edit' : 'Create'}
                  </Button>
                </SpaceBetween>
              }
            >
              AWS account
            </Header>
          }
        >
          {aliases.error ? (
            <ApiErrorAlert error={aliases.error} />
          ) : (
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'Account ID', value: caller.accountId },
                {
                  label: 'Account Alias',
                  value: aliases.isPending ? <Spinner /> : (alias ?? <Box>-</Box>),
                },
                {
                  label: 'Sign-in URL for IAM users in this account',
                  value: (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={signInUrl(caller.accountId, alias)}
                      copyButtonAriaLabel="Copy Sign-in URL"
                      copySuccessText="Sign-in URL copied"
                      copyErrorText="Sign-in URL failed to copy"
                    />
                  ),
                },
              ]}
            />
          )}
        </Container>
        <IamQuotasTable
          summary={summary.data}
          loading={summary.isPending}
          header={
            <Header
              variant="h2"
              counter={summary.data ? `(${quotaRows(summary.data).length})` : undefined}
              description="The account-level quotas that apply to IAM in this account. Adjustable quotas are raised by a quota increase request in Service Quotas; a lab file can record the increases granted."
            >
              IAM quotas
            </Header>
          }
          empty={summary.error ? <ApiErrorAlert error={summary.error} /> : 'No quotas'}
        />
      </SpaceBetween>
      {editingAlias && (
        <AccountAliasModal
          accountId={caller.accountId}
          {...(alias && { currentAlias: alias })}
          saving={createAlias.isPending}
          {...(aliasError && { errorText: aliasError })}
          onSave={(value) => void onSaveAlias(value)}
          onDismiss={() => {
            setEditingAlias(false);
            setAliasError(undefined);
          }}
        />
      )}
    </ContentLayout>
  );
}
