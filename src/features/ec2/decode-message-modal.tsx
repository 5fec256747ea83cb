// "Decode message": runs DecodeAuthorizationMessage (sts:DecodeAuthorizationMessage) as the current
// identity on an EC2 denial's encoded authorization failure message and shows AWS's decoded JSON.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useDecodeAuthorizationMessage } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { DenialDetails, deniedCallOf, WhyLink, type DeniedCall } from '@/ui/denial-alert';

const MARKER = 'Encoded authorization failure message: ';

/** The encoded part of an EC2 denial message, if it has one (Describe* denials do not). */
export function encodedMessageOf(message: string): string | undefined {
  const at = message.indexOf(MARKER);
  return at < 0 ? undefined : message.slice(at + MARKER.length).trim();
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

export interface DecodeMessageModalProps {
  encodedMessage: string;
  onDismiss: () => void;
}

export function DecodeMessageModal({ encodedMessage, onDismiss }: DecodeMessageModalProps) {
  const caller = useCaller();
  const decode = useDecodeAuthorizationMessage();
  const [text, setText] = useState(encodedMessage);
  const denied = deniedCallOf(decode.error);
  return (
    <Modal
      visible
      size="large"
      header="Decode authorization message"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Close
            </Button>
            <Button
              variant="primary"
              loading={decode.isPending}
              onClick={() => decode.mutate({ caller, encodedMessage: text })}
            >
              Decode message
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Calls DecodeAuthorizationMessage as you, as{' '}
          <code>aws sts decode-authorization-message --encoded-message …</code> does. It needs
          permission for <code>sts:DecodeAuthorizationMessage</code>.
        </Box>
        <FormField label="Encoded message">
          <Textarea value={text} rows={4} onChange={({ detail }) => setText(detail.value)} />
        </FormField>
        {decode.error && (
          <Box color="text-status-error">
            {denied ? (
              <DenialDetails error={denied} />
            ) : (
              <span data-testid="decode-error">{decode.error.message}</span>
            )}
          </Box>
        )}
        {decode.data && (
          <FormField label="DecodedMessage">
            <pre
              aria-label="Decoded message"
              style={{
                margin: 0,
                padding: 12,
                maxHeight: 360,
                overflow: 'auto',
                background: '#f4f4f4',
                borderRadius: 8,
                fontSize: 12,
              }}
            >
              {pretty(decode.data.decodedMessage)}
            </pre>
          </FormField>
        )}
      </SpaceBetween>
    </Modal>
  );
}

export interface Ec2DenialDetailsProps {
  error: DeniedCall;
}

/** An EC2 denial: AWS's message, "Why?", and "Decode message" when the message has an encoded part. */
export function Ec2DenialDetails({ error }: Ec2DenialDetailsProps) {
  const encoded = encodedMessageOf(error.message);
  const [open, setOpen] = useState(false);
  const head = encoded ? error.message.slice(0, error.message.length - encoded.length) : '';
  return (
    <SpaceBetween size="xs">
      <Box variant="span" data-testid="api-message">
        {encoded ? (
          <>
            {head}
            {/* The opaque part scrolls in a few lines, so the flash does not cover the page. */}
            <span
              style={{
                display: 'block',
                maxHeight: '4.2em',
                overflowY: 'auto',
                wordBreak: 'break-all',
                fontFamily: 'monospace',
                fontSize: 12,
              }}
            >
              {encoded}
            </span>
          </>
        ) : (
          error.message
        )}
      </Box>
      <SpaceBetween direction="horizontal" size="s" alignItems="center">
        {error.evaluation && <WhyLink evaluation={error.evaluation} request={error.request} />}
        {encoded && <Button onClick={() => setOpen(true)}>Decode message</Button>}
      </SpaceBetween>
      {open && encoded && (
        <DecodeMessageModal encodedMessage={encoded} onDismiss={() => setOpen(false)} />
      )}
    </SpaceBetween>
  );
}
