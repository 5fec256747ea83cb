// "IAM user sign in": account ID or alias, IAM username and password; then the MFA code for users
// with an MFA device, and "Change password" when the password must be reset or has expired. A
// successful sign-in makes the tab act as that user, as "Switch to user" does.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import type { UserCaller } from '@/queries/types';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ChangePasswordForm } from './change-password-form';
import { CredentialsForm, type Credentials } from './credentials-form';
import { MfaForm } from './mfa-form';
import './sign-in-page.css';

type Stage =
  | { step: 'credentials' }
  | { step: 'mfa'; credentials: Credentials }
  | { step: 'change-password'; caller: UserCaller; reason: 'reset' | 'expired'; account: string };

export function SignInPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const signInAsUser = useActingIdentity((s) => s.signInAsUser);
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [stage, setStage] = useState<Stage>({ step: 'credentials' });

  function finish(caller: UserCaller) {
    signInAsUser(caller.userName, caller.mfa);
    pushFlash({
      id: 'sign-in',
      type: 'success',
      header: `Signed in as the IAM user ${caller.userName}${caller.mfa ? ' with MFA' : ''}.`,
    });
    navigate(paths.dashboard());
  }

  return (
    <main className="sign-in-page">
      <div className="sign-in-card">
        <Box variant="h2" tagOverride="div" fontSize="heading-l" padding={{ bottom: 's' }}>
          IAM Console Lab
        </Box>
        <Container
          header={
            <Header variant="h1">
              {stage.step === 'credentials'
                ? 'IAM user sign in'
                : stage.step === 'mfa'
                  ? 'Multi-factor authentication'
                  : 'Change password'}
            </Header>
          }
        >
          {stage.step === 'credentials' && (
            <CredentialsForm
              initialAccount={search.get('account') ?? ''}
              onMfaRequired={(credentials) => setStage({ step: 'mfa', credentials })}
              onPasswordChangeRequired={(caller, reason, account) =>
                setStage({ step: 'change-password', caller, reason, account })
              }
              onSignedIn={finish}
            />
          )}
          {stage.step === 'mfa' && (
            <MfaForm
              credentials={stage.credentials}
              onCancel={() => setStage({ step: 'credentials' })}
              onPasswordChangeRequired={(caller, reason) =>
                setStage({
                  step: 'change-password',
                  caller,
                  reason,
                  account: stage.credentials.account,
                })
              }
              onSignedIn={finish}
            />
          )}
          {stage.step === 'change-password' && (
            <ChangePasswordForm
              caller={stage.caller}
              account={stage.account}
              reason={stage.reason}
              onChanged={() => finish(stage.caller)}
            />
          )}
        </Container>
        <SpaceBetween size="xs">
          <Box variant="small" padding={{ top: 's' }}>
            <Link
              onFollow={(e) => {
                e.preventDefault();
                switchBack();
                navigate(paths.dashboard());
              }}
              href="#"
            >
              Sign in using root user email
            </Link>{' '}
            (lab shortcut: no password)
          </Box>
          <Box variant="small" color="text-body-secondary">
            A training lab, not affiliated with Amazon Web Services. Nothing you type leaves this
            browser.
          </Box>
        </SpaceBetween>
      </div>
    </main>
  );
}
