// How the console shows a denied call: its own message first, then AWS's API message from the
// engine, then a "Why?" link that opens the engine's explanation.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import type { AuthorizationRequest, Evaluation } from '@/iam';
import { ExplanationPanel } from './explanation-panel';

/** What the UI needs of a denied call (the simulated AWS's AwsError has these fields). */
export interface DeniedCall {
  /** AWS's message, e.g. "User: arn:aws:iam::… is not authorized to perform: …". */
  message: string;
  evaluation?: Evaluation;
  request?: AuthorizationRequest;
}

/** The denial inside a failed call's error (an AwsError carrying the engine's evaluation), if any. */
export function deniedCallOf(error: unknown): DeniedCall | null {
  if (!(error instanceof Error) || !('evaluation' in error) || !error.evaluation) return null;
  const denied = error as Error & DeniedCall;
  return { message: denied.message, evaluation: denied.evaluation, request: denied.request };
}

/** AWS's error code of a failed call ("AccessDenied", "NoSuchBucket", ...), if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export interface WhyLinkProps {
  evaluation: Evaluation;
  request?: AuthorizationRequest;
}

/** "Why?" opens the engine's explanation of the decision in a dialog. */
export function WhyLink({ evaluation, request }: WhyLinkProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Link variant="primary" onFollow={() => setOpen(true)} ariaLabel="Why?">
        Why?
      </Link>
      {open && (
        <Modal
          visible
          size="large"
          header={
            evaluation.decision === 'allowed'
              ? 'Why was this request allowed?'
              : 'Why was this request denied?'
          }
          onDismiss={() => setOpen(false)}
          footer={
            <Box float="right">
              <Button variant="primary" onClick={() => setOpen(false)}>
                Close
              </Button>
            </Box>
          }
        >
          <ExplanationPanel evaluation={evaluation} request={request} />
        </Modal>
      )}
    </>
  );
}

export interface DenialDetailsProps {
  error: DeniedCall;
}

/** AWS's API message and the "Why?" link: the body of a denial flash or alert. */
export function DenialDetails({ error }: DenialDetailsProps) {
  return (
    <SpaceBetween size="xs">
      <Box variant="span" data-testid="api-message">
        {error.message}
      </Box>
      {error.evaluation && <WhyLink evaluation={error.evaluation} request={error.request} />}
    </SpaceBetween>
  );
}

export interface DenialAlertProps {
  /** The console's own message, e.g. "You don't have permissions to list buckets". */
  header: string;
  /** The console's own advice under the header. */
  children?: ReactNode;
  error: DeniedCall;
}

/** A red alert for a page the caller may not see: console wording, API response, "Why?". */
export function DenialAlert({ header, children, error }: DenialAlertProps) {
  return (
    <Alert type="error" header={header}>
      <SpaceBetween size="s">
        {children && <Box variant="p">{children}</Box>}
        <div>
          <Box variant="h5" margin={{ bottom: 'xxs' }}>
            API response
          </Box>
          <DenialDetails error={error} />
        </div>
      </SpaceBetween>
    </Alert>
  );
}
