// IAM > Account settings > Edit password policy: "IAM default" or "Custom" with every option of
// UpdateAccountPasswordPolicy; saving asks "Set custom" / "Set default" first, as the console does.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tiles from '@cloudscape-design/components/tiles';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import {
  passwordPolicyQuery,
  useDeletePasswordPolicy,
  useUpdatePasswordPolicy,
} from '@/queries/iam-account-settings';
import { isAwsError, type PasswordPolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { AccountSettingsHelp } from './account-settings-help';
import {
  formErrors,
  formFromPolicy,
  policyFromForm,
  type PasswordPolicyForm,
} from './password-policy-form';

export function EditPasswordPolicyPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Account settings', path: paths.accountSettings() },
      { text: 'Edit password policy', path: paths.editPasswordPolicy() },
    ],
    help: AccountSettingsHelp,
    contentType: 'form',
  });
  const caller = useCaller();
  const policy = useQuery(passwordPolicyQuery(caller));
  const noPolicy = isAwsError(policy.error) && policy.error.code === 'NoSuchEntity';
  if (policy.isPending) return <Spinner />;
  if (policy.error && !noPolicy) return <ApiErrorAlert error={policy.error} />;
  return <PasswordPolicyEditor current={policy.data} />;
}

interface PasswordPolicyEditorProps {
  current?: PasswordPolicy;
}

function PasswordPolicyEditor({ current }: PasswordPolicyEditorProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const update = useUpdatePasswordPolicy();
  const remove = useDeletePasswordPolicy();
  const [form, setForm] = useState<PasswordPolicyForm>(() => formFromPolicy(current));
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const errors = tried ? formErrors(form) : {};
  const set = (change: Partial<PasswordPolicyForm>) => setForm({ ...form, ...change });
  const custom = form.mode === 'custom';

  function onSave() {
    setTried(true);
    if (Object.keys(formErrors(form)).length > 0) return;
    // Staying on the IAM default changes nothing.
    if (!custom && !current) {
      navigate(paths.accountSettings());
      return;
    }
    setConfirming(true);
  }

  async function onConfirm() {
    setError(undefined);
    try {
      if (custom) await update.mutateAsync({ caller, policy: policyFromForm(form) });
      else await remove.mutateAsync({ caller });
      pushFlash({ type: 'success', header: 'Password policy updated.' });
      navigate(paths.accountSettings());
    } catch (err) {
      setConfirming(false);
      setError(err);
    }
  }

  const checkbox = (key: keyof PasswordPolicyForm, label: string, description?: string) => (
    <Checkbox
      key={key}
      checked={form[key] === true}
      onChange={(e) => set({ [key]: e.detail.checked })}
      {...(description && { description })}
    >
      {label}
    </Checkbox>
  );

  return (
    <Form
      header={<Header variant="h1">Edit password policy</Header>}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(paths.accountSettings())}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onSave}>
            Save changes
          </Button>
        </SpaceBetween>
      }
      errorText={error ? <ApiErrorAlert error={error} header="Failed to save the policy" /> : null}
    >
      <Container header={<Header variant="h2">Password policy</Header>}>
        <SpaceBetween size="l">
          <Tiles
            ariaLabel="Password policy"
            value={form.mode}
            onChange={(e) => set({ mode: e.detail.value === 'custom' ? 'custom' : 'default' })}
            items={[
              {
                value: 'default',
                label: 'IAM default',
                description: 'Apply default password requirements.',
              },
              {
                value: 'custom',
                label: 'Custom',
                description: 'Apply customized password requirements.',
              },
            ]}
          />
          {custom && (
            <SpaceBetween size="l">
              <FormField
                label="Password minimum length"
                constraintText="Needs to be between 6 and 128."
                errorText={errors.minimumLength}
              >
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Input
                    type="number"
                    inputMode="numeric"
                    ariaLabel="Password minimum length"
                    value={form.minimumLength}
                    onChange={(e) => set({ minimumLength: e.detail.value })}
                  />
                  <Box>characters</Box>
                </SpaceBetween>
              </FormField>
              <FormField label="Password strength">
                <SpaceBetween size="xxs">
                  {[
                    checkbox(
                      'requireUppercase',
                      'Require at least one uppercase letter from the Latin alphabet (A-Z)',
                    ),
                    checkbox(
                      'requireLowercase',
                      'Require at least one lowercase letter from the Latin alphabet (a-z)',
                    ),
                    checkbox('requireNumbers', 'Require at least one number'),
                    checkbox(
                      'requireSymbols',
                      "Require at least one non-alphanumeric character (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')",
                    ),
                  ]}
                </SpaceBetween>
              </FormField>
              <FormField label="Other requirements">
                <SpaceBetween size="xs">
                  {[
                    checkbox('expire', 'Turn on password expiration'),
                    form.expire && (
                      <FormField
                        key="max-age"
                        label="Expire passwords in"
                        constraintText="Needs to be between 1 and 1095 days. Users are warned 15 days before."
                        errorText={errors.maxAge}
                      >
                        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                          <Input
                            type="number"
                            inputMode="numeric"
                            ariaLabel="Expire passwords in days"
                            value={form.maxAge}
                            onChange={(e) => set({ maxAge: e.detail.value })}
                          />
                          <Box>day(s)</Box>
                        </SpaceBetween>
                      </FormField>
                    ),
                    form.expire &&
                      checkbox(
                        'hardExpiry',
                        'Password expiration requires administrator reset',
                        'Users with expired passwords cannot set a new one; an administrator must reset it.',
                      ),
                    checkbox(
                      'allowChange',
                      'Allow users to change their own password',
                      'Lets every IAM user call iam:ChangePassword and iam:GetAccountPasswordPolicy for their own password.',
                    ),
                    checkbox('preventReuse', 'Prevent password reuse'),
                    form.preventReuse && (
                      <FormField
                        key="remember"
                        label="Remember"
                        constraintText="Needs to be between 1 and 24 passwords."
                        errorText={errors.remember}
                      >
                        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                          <Input
                            type="number"
                            inputMode="numeric"
                            ariaLabel="Remember passwords"
                            value={form.remember}
                            onChange={(e) => set({ remember: e.detail.value })}
                          />
                          <Box>password(s)</Box>
                        </SpaceBetween>
                      </FormField>
                    ),
                  ].filter(Boolean)}
                </SpaceBetween>
              </FormField>
            </SpaceBetween>
          )}
        </SpaceBetween>
      </Container>
      {confirming && (
        <Modal
          visible
          header={custom ? 'Set custom password policy?' : 'Set default password policy?'}
          onDismiss={() => setConfirming(false)}
          closeAriaLabel="Close dialog"
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button
                  variant="primary"
                  loading={update.isPending || remove.isPending}
                  onClick={() => void onConfirm()}
                >
                  {custom ? 'Set custom' : 'Set default'}
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          The new rules apply the next time an IAM user&apos;s password is set or changed. Existing
          passwords stay as they are.
        </Modal>
      )}
    </Form>
  );
}
