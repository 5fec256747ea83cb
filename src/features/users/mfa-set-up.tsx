// "Set up device" for an authenticator app: install an app, scan the QR code (or type the secret
// key), then type two consecutive codes.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import type { NewVirtualMfaDevice } from '@/queries/types';
import { LabDataNote } from '@/ui/lab-data-note';

export interface MfaSetUpProps {
  device: NewVirtualMfaDevice;
  codes: { code1: string; code2: string };
  onCodesChange: (codes: { code1: string; code2: string }) => void;
}

export function MfaSetUp({ device, codes, onCodesChange }: MfaSetUpProps) {
  const [show, setShow] = useState<'qr' | 'secret'>();
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    let live = true;
    // Lazy: the QR encoder loads only on this step. It draws in the page; nothing is fetched.
    void import('qrcode')
      .then((m) => m.toDataURL(device.qrCodeUri, { margin: 1, width: 200 }))
      .then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [device.qrCodeUri]);

  return (
    <Container header={<Header variant="h2">Authenticator app</Header>}>
      <SpaceBetween size="l">
        <Box variant="p">
          <strong>1.</strong> Install a compatible application such as Google Authenticator, Duo
          Mobile, or Authy app on your mobile device or computer.
        </Box>
        <SpaceBetween size="s">
          <Box variant="p">
            <strong>2.</strong> Open your authenticator app, choose <strong>Show QR code</strong> on
            this page, then use the app to scan the code. Alternatively, you can type a secret key.
          </Box>
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => setShow('qr')}>Show QR code</Button>
            <Button onClick={() => setShow('secret')}>Show secret key</Button>
          </SpaceBetween>
          {show === 'qr' && qr && (
            <img src={qr} alt="QR code for the authenticator app" width={200} height={200} />
          )}
          {show === 'secret' && (
            <Box variant="code" data-testid="mfa-secret-key">
              {device.base32StringSeed}
            </Box>
          )}
          {show && <LabDataNote what="MFA secret" />}
        </SpaceBetween>
        <SpaceBetween size="s">
          <Box variant="p">
            <strong>3.</strong> Type two consecutive MFA codes below
          </Box>
          <FormField label="MFA code 1" description="Enter a code from your virtual app.">
            <Input
              value={codes.code1}
              ariaLabel="MFA code 1"
              inputMode="numeric"
              onChange={(e) => onCodesChange({ ...codes, code1: e.detail.value })}
            />
          </FormField>
          <FormField
            label="MFA code 2"
            description="Wait 30 seconds, and enter a second code entry."
          >
            <Input
              value={codes.code2}
              ariaLabel="MFA code 2"
              inputMode="numeric"
              onChange={(e) => onCodesChange({ ...codes, code2: e.detail.value })}
            />
          </FormField>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
