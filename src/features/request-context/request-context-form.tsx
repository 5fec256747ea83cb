// The request context panel's form: source IP, MFA, the clock and secure transport, each named by
// the condition keys it sets.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useState } from 'react';
import {
  DEFAULT_REQUEST_CONTEXT,
  isIpAddress,
  type MfaSetting,
  type RequestContextSettings,
} from '@/queries/request-context';

export interface RequestContextFormProps {
  settings: RequestContextSettings;
  saving: boolean;
  onSave: (settings: RequestContextSettings) => void;
}

interface Draft {
  sourceIp: string;
  mfa: MfaSetting;
  mfaAge: string;
  clock: 'real' | 'fixed';
  fixedTime: string;
  secureTransport: boolean;
}

function toDraft(s: RequestContextSettings): Draft {
  return {
    sourceIp: s.sourceIp ?? '',
    mfa: s.mfa,
    mfaAge: String(s.mfaAgeSeconds ?? 300),
    clock: s.fixedTime ? 'fixed' : 'real',
    fixedTime: s.fixedTime ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    secureTransport: s.secureTransport,
  };
}

function problems(d: Draft) {
  const ip = d.sourceIp.trim();
  return {
    sourceIp:
      ip && !isIpAddress(ip) ? 'Enter a single IPv4 or IPv6 address, such as 203.0.113.10.' : '',
    mfaAge:
      d.mfa === 'present' && !/^\d+$/.test(d.mfaAge.trim())
        ? 'Enter the age as a whole number of seconds.'
        : '',
    fixedTime:
      d.clock === 'fixed' && !Number.isFinite(Date.parse(d.fixedTime.trim()))
        ? 'Enter a date and time in ISO 8601 format, such as 2026-06-01T10:00:00Z.'
        : '',
  };
}

function toSettings(d: Draft): RequestContextSettings {
  const ip = d.sourceIp.trim();
  return {
    mfa: d.mfa,
    secureTransport: d.secureTransport,
    ...(ip && { sourceIp: ip }),
    ...(d.mfa === 'present' && { mfaAgeSeconds: Number(d.mfaAge.trim()) }),
    ...(d.clock === 'fixed' && { fixedTime: d.fixedTime.trim() }),
  };
}

const MFA_ITEMS: Array<{ value: MfaSetting; label: string; description: string }> = [
  {
    value: 'sign-in',
    label: 'From the sign-in',
    description:
      'A session that signed in with an MFA code sends true and the seconds since then; other sessions send neither key.',
  },
  { value: 'present', label: 'MFA present', description: 'Sends true and the age below.' },
  {
    value: 'false',
    label: 'MFA not present',
    description:
      'Sends aws:MultiFactorAuthPresent = false, as temporary credentials without MFA do.',
  },
  {
    value: 'absent',
    label: 'No MFA keys',
    description: 'Sends neither key, as requests signed with long-term access keys do.',
  },
];

export function RequestContextForm({ settings, saving, onSave }: RequestContextFormProps) {
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [submitted, setSubmitted] = useState(false);
  const errors = problems(draft);
  const invalid = Object.values(errors).some(Boolean);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const shown = (text: string) => (submitted ? text : '');

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!invalid) onSave(toSettings(draft));
      }}
    >
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              formAction="none"
              onClick={() => {
                setSubmitted(false);
                setDraft(toDraft(DEFAULT_REQUEST_CONTEXT));
              }}
            >
              Reset to defaults
            </Button>
            <Button variant="primary" loading={saving}>
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <FormField
            label="Source IP"
            description="aws:SourceIp: the address the requests come from."
            constraintText="An IPv4 or IPv6 address. Leave empty for the lab's default, 203.0.113.10 (a documentation address)."
            errorText={shown(errors.sourceIp)}
          >
            <Input
              value={draft.sourceIp}
              placeholder="203.0.113.10"
              onChange={({ detail }) => set({ sourceIp: detail.value })}
            />
          </FormField>
          <FormField
            label="Multi-factor authentication"
            description="aws:MultiFactorAuthPresent and aws:MultiFactorAuthAge."
          >
            <RadioGroup
              value={draft.mfa}
              items={MFA_ITEMS}
              onChange={({ detail }) => set({ mfa: detail.value as MfaSetting })}
            />
          </FormField>
          {draft.mfa === 'present' && (
            <FormField
              label="MFA age (seconds)"
              description="aws:MultiFactorAuthAge: seconds since the MFA sign-in."
              errorText={shown(errors.mfaAge)}
            >
              <Input
                value={draft.mfaAge}
                inputMode="numeric"
                onChange={({ detail }) => set({ mfaAge: detail.value })}
              />
            </FormField>
          )}
          <FormField label="Current time" description="aws:CurrentTime and aws:EpochTime.">
            <RadioGroup
              value={draft.clock}
              items={[
                { value: 'real', label: 'Real time', description: "This computer's clock." },
                {
                  value: 'fixed',
                  label: 'Fixed time',
                  description: 'Every request sends the time below.',
                },
              ]}
              onChange={({ detail }) => set({ clock: detail.value as Draft['clock'] })}
            />
          </FormField>
          {draft.clock === 'fixed' && (
            <FormField
              label="Date and time (UTC)"
              constraintText="ISO 8601, in UTC: 2026-06-01T10:00:00Z."
              errorText={shown(errors.fixedTime)}
            >
              <Input
                value={draft.fixedTime}
                onChange={({ detail }) => set({ fixedTime: detail.value })}
              />
            </FormField>
          )}
          <FormField label="Secure transport" description="aws:SecureTransport.">
            <Toggle
              checked={draft.secureTransport}
              onChange={({ detail }) => set({ secureTransport: detail.checked })}
            >
              Requests use HTTPS
            </Toggle>
          </FormField>
          <Box variant="small">
            A request's own keys (s3:prefix, iam:PassedToService, aws:RequestedRegion, ...) still
            come from the console action that sends it.
          </Box>
        </SpaceBetween>
      </Form>
    </form>
  );
}
