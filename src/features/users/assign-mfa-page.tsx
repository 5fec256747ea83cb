// IAM users > <name> > Assign MFA device: "Select MFA device" (name, Authenticator app) →
// "Set up device" (a real otpauth QR code and secret, then two consecutive codes → "Add MFA").
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import Wizard from '@cloudscape-design/components/wizard';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import {
  useCreateVirtualMfaDevice,
  useDeleteVirtualMfaDevice,
  useEnableMfaDevice,
} from '@/queries/iam-credentials';
import { isAwsError, type NewVirtualMfaDevice } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { MfaSetUp } from './mfa-set-up';
import { UserDetailsHelp } from './users-help';

const DEVICE_NAME = /^[\w+=,.@-]{1,128}$/;

export function AssignMfaPage() {
  // No user name in the route: the root user's own device ("My security credentials").
  const userName = useParams().userName;
  const forRoot = userName === undefined;
  usePageChrome({
    breadcrumbs: forRoot
      ? [
          { text: 'IAM', path: paths.dashboard() },
          { text: 'My security credentials', path: paths.mySecurityCredentials() },
          { text: 'Assign MFA device', path: paths.assignRootMfaDevice() },
        ]
      : [
          { text: 'IAM', path: paths.dashboard() },
          { text: 'IAM users', path: paths.users() },
          { text: userName, path: paths.user(userName) },
          { text: 'Assign MFA device', path: paths.assignMfaDevice(userName) },
        ],
    help: UserDetailsHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const create = useCreateVirtualMfaDevice();
  const enable = useEnableMfaDevice();
  const discard = useDeleteVirtualMfaDevice();
  const [step, setStep] = useState(0);
  const [deviceName, setDeviceName] = useState('');
  const [tried, setTried] = useState(false);
  const [device, setDevice] = useState<NewVirtualMfaDevice>();
  const [codes, setCodes] = useState({ code1: '', code2: '' });
  const [error, setError] = useState<unknown>();
  const back = () =>
    navigate(
      forRoot ? paths.mySecurityCredentials() : paths.user(userName, 'security_credentials'),
    );
  const owner = forRoot ? {} : { userName };
  // A device created for step 2 but never assigned is deleted when the page goes away, so its
  // name can be used again.
  const pending = useRef<string | undefined>(undefined);
  const discardAsync = discard.mutateAsync;
  useEffect(
    () => () => {
      const serialNumber = pending.current;
      if (serialNumber) void discardAsync({ caller, serialNumber }).catch(() => undefined);
    },
    [caller, discardAsync],
  );
  const nameError =
    tried && !DEVICE_NAME.test(deviceName)
      ? "Maximum 128 characters. Use alphanumeric and '+ = , . @ - _' characters."
      : undefined;
  const nameTaken = isAwsError(error) && error.code === 'EntityAlreadyExists' && step === 0;

  async function onNext() {
    setTried(true);
    setError(undefined);
    if (!DEVICE_NAME.test(deviceName)) return;
    try {
      const created = await create.mutateAsync({ caller, ...owner, deviceName });
      pending.current = created.serialNumber;
      setDevice(created);
      setStep(1);
    } catch (err) {
      setError(err);
    }
  }

  function onCancel() {
    // The unmount cleanup deletes the device made for step 2.
    back();
  }

  async function onAdd() {
    if (!device) return;
    setError(undefined);
    try {
      await enable.mutateAsync({ caller, ...owner, serialNumber: device.serialNumber, ...codes });
      pending.current = undefined;
      pushFlash({
        type: 'success',
        header: 'MFA device assigned',
        content:
          'You can register up to 8 MFA devices of any combination of the currently supported MFA types with your AWS account root and IAM user.',
      });
      back();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={(e) => {
        if (e.detail.requestedStepIndex === 1 && step === 0) {
          if (device) setStep(1);
          else void onNext();
        } else if (e.detail.requestedStepIndex === 0) setStep(0);
      }}
      onCancel={onCancel}
      onSubmit={() => void onAdd()}
      isLoadingNextStep={create.isPending || enable.isPending}
      submitButtonText="Add MFA"
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        {
          title: 'Select MFA device',
          description:
            'Assign an MFA device to this user. Signing in with MFA requires an authentication code from this device.',
          errorText:
            step === 0 && error && !nameTaken ? <ApiErrorAlert error={error} /> : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">MFA device name</Header>}>
                <FormField
                  label="Device name"
                  description="Enter a meaningful name to identify this device."
                  constraintText="Maximum 128 characters. Use alphanumeric and '+ = , . @ - _' characters."
                  errorText={
                    nameError ?? (nameTaken && isAwsError(error) ? error.message : undefined)
                  }
                >
                  <Input
                    value={deviceName}
                    ariaLabel="Device name"
                    disabled={device !== undefined}
                    onChange={(e) => setDeviceName(e.detail.value)}
                  />
                </FormField>
              </Container>
              <Container header={<Header variant="h2">MFA device</Header>}>
                <Tiles
                  ariaLabel="MFA device"
                  value="authenticator"
                  columns={1}
                  items={[
                    {
                      value: 'passkey',
                      label: 'Passkey or security key',
                      description:
                        'Authenticate using your fingerprint, face, or screen lock. Not available in the lab.',
                      disabled: true,
                    },
                    {
                      value: 'authenticator',
                      label: 'Authenticator app',
                      description:
                        'Authenticate using a code generated by an app installed on your mobile device or computer.',
                    },
                    {
                      value: 'hardware',
                      label: 'Hardware TOTP token',
                      description:
                        'Authenticate using a code generated by hardware TOTP token or other hardware devices. Not available in the lab.',
                      disabled: true,
                    },
                  ]}
                />
              </Container>
            </SpaceBetween>
          ),
        },
        {
          title: 'Set up device',
          errorText:
            step === 1 && error ? (
              isAwsError(error) && error.code === 'InvalidAuthenticationCode' ? (
                <Alert type="error" header="Invalid MFA codes">
                  {error.message} Wait for a new code, then type two consecutive codes.
                </Alert>
              ) : (
                <ApiErrorAlert error={error} header="Failed to assign the MFA device" />
              )
            ) : undefined,
          content: device ? (
            <MfaSetUp device={device} codes={codes} onCodesChange={setCodes} />
          ) : (
            <Box>Preparing the device…</Box>
          ),
        },
      ]}
    />
  );
}
