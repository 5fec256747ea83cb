// The console's Switch Role page (signin.aws.amazon.com/switchrole): Account, Role, Display name,
// Display color. "Switch Role" calls sts:AssumeRole as the IAM user the learner is signed in as,
// also from inside another role: permissions are not cumulative.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { useAssumeRole } from '@/queries/iam-roles';
import { resolveAccountId } from '@/queries/sts';
import {
  ROLE_COLORS,
  signedInUserName,
  switchingIdentity,
  useActingIdentity,
  type RoleColor,
} from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { SwitchRoleHelp } from './roles-help';

const ROLE_NAME = /^[\w+=,.@/-]{1,64}$/;

function isColor(value: string | null): value is RoleColor {
  return value !== null && (ROLE_COLORS as readonly string[]).includes(value);
}

export function SwitchRolePage() {
  usePageChrome({
    breadcrumbs: [{ text: 'Switch Role', path: paths.switchRole() }],
    help: SwitchRoleHelp,
    contentType: 'form',
  });
  const [search] = useSearchParams();
  const identity = useActingIdentity((s) => s.identity);
  const roleDisplay = useActingIdentity((s) => s.roleDisplay);
  const switchToRole = useActingIdentity((s) => s.switchToRole);
  const pushFlash = useFlash((s) => s.pushFlash);
  const navigate = useNavigate();
  const assume = useAssumeRole();
  const [account, setAccount] = useState(search.get('account') ?? '');
  const [roleName, setRoleName] = useState(search.get('roleName') ?? '');
  const [displayName, setDisplayName] = useState(search.get('displayName') ?? '');
  const initialColor = search.get('color');
  const [color, setColor] = useState<RoleColor | 'none'>(
    isColor(initialColor) ? initialColor : 'none',
  );
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unknownAccount, setUnknownAccount] = useState(false);
  const userName = signedInUserName({ identity, roleDisplay });
  const accountError = !/^\d{12}$/.test(account) && !/^[a-z0-9-]{3,63}$/.test(account);
  const roleError = !ROLE_NAME.test(roleName);

  async function onSwitch() {
    setTried(true);
    setError(undefined);
    setUnknownAccount(false);
    if (accountError || roleError) return;
    try {
      // The sign-in service turns an alias into its account; an unknown alias goes no further.
      const accountId = await resolveAccountId(account);
      if (!accountId) {
        setUnknownAccount(true);
        return;
      }
      const roleArn = `arn:aws:iam::${accountId}:role/${roleName}`;
      // The original identity authorizes each switch: the user, never an earlier role session,
      // with the MFA of its sign-in, as a role trust policy with "Require MFA" needs.
      const caller = switchingIdentity({ identity, roleDisplay });
      const result = await assume.mutateAsync({
        caller,
        roleArn,
        roleSessionName: userName ?? 'root',
        consoleSession: true,
      });
      const name = displayName.trim() || `${result.session.roleName} @ ${accountId}`;
      switchToRole(result.session, {
        displayName: name,
        ...(color !== 'none' && { color }),
        sourceUserName: userName ?? result.session.sessionName,
      });
      pushFlash({
        type: 'success',
        header: `You are now using the role ${result.session.roleName} as ${name}.`,
        content: `Calls are made as ${result.session.arn}. Use "Switch back" in the identity menu to return to ${userName ?? 'your user'}.`,
      });
      navigate(paths.dashboard());
    } catch (err) {
      setError(err);
    }
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Switching roles enables you to manage resources across Amazon Web Services accounts using a single user. When you switch roles, you temporarily take on the permissions assigned to the new role. When you exit the role, you give up those permissions and get your original permissions back."
        >
          Switch Role
        </Header>
      }
    >
      <form onSubmit={(e) => e.preventDefault()}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => navigate(paths.dashboard())}>
                Cancel
              </Button>
              <Button variant="primary" loading={assume.isPending} onClick={() => void onSwitch()}>
                Switch Role
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            {unknownAccount && (
              <Alert type="error" header="Invalid information in one or more fields">
                Check your information or contact your administrator.
              </Alert>
            )}
            {error ? (
              <ApiErrorAlert
                error={error}
                header="Invalid information in one or more fields"
                deniedHeader="Invalid information in one or more fields"
                deniedAdvice="Check your information or contact your administrator. AWS answered:"
              />
            ) : null}
            {identity.kind === 'root' && (
              <Alert type="warning">
                You are signed in as the root user. The root user cannot switch roles: sign in as an
                IAM user first (in this lab, &quot;Switch to user&quot;).
              </Alert>
            )}
            <Container>
              <SpaceBetween size="l">
                <FormField
                  label="Account ID"
                  description="The 12-digit account number or the alias of the account in which the role exists."
                  errorText={
                    tried && accountError
                      ? 'Enter a 12-digit account ID or an account alias.'
                      : undefined
                  }
                >
                  <Input
                    ariaLabel="Account ID"
                    value={account}
                    onChange={(e) => setAccount(e.detail.value.trim())}
                  />
                </FormField>
                <FormField
                  label="IAM role name"
                  description="The name of the role can be found at the end of the role's ARN. For example, provide the TestRole role name from the following role ARN: arn:aws:iam::123456789012:role/TestRole."
                  errorText={tried && roleError ? 'Enter the role name.' : undefined}
                >
                  <Input
                    ariaLabel="IAM role name"
                    value={roleName}
                    onChange={(e) => setRoleName(e.detail.value.trim())}
                  />
                </FormField>
                <FormField
                  label={
                    <span>
                      Display name <i>- optional</i>
                    </span>
                  }
                  description="The text that appears in the navigation bar while this role is active."
                  constraintText={`Default: ${roleName || '<Role>'} @ ${account || '<Account>'}`}
                >
                  <Input
                    ariaLabel="Display name"
                    value={displayName}
                    onChange={(e) => setDisplayName(e.detail.value)}
                  />
                </FormField>
                <FormField
                  label={
                    <span>
                      Display color <i>- optional</i>
                    </span>
                  }
                >
                  <RadioGroup
                    ariaLabel="Display color"
                    value={color}
                    onChange={(e) => setColor(isColor(e.detail.value) ? e.detail.value : 'none')}
                    items={[
                      { value: 'none', label: 'None' },
                      ...ROLE_COLORS.map((c) => ({
                        value: c,
                        label: c[0]?.toUpperCase() + c.slice(1),
                      })),
                    ]}
                  />
                </FormField>
              </SpaceBetween>
            </Container>
            <Box color="text-body-secondary" fontSize="body-s">
              Signed in as {userName ?? 'root user'}. Switching calls sts:AssumeRole on the role{' '}
              {roleName || '<Role>'} in account {account || '<Account>'}.
            </Box>
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
