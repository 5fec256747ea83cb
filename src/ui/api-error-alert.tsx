// An API error on a console page: denials in the console's words with AWS's message and "Why?";
// other errors (NoSuchEntity, DeleteConflict, ...) as a plain red alert with AWS's code and message.
import Alert from '@cloudscape-design/components/alert';
import type { ReactNode } from 'react';
import type { AuthorizationRequest, Evaluation } from '@/iam';
import { DenialAlert } from './denial-alert';

/** What a page needs of an error thrown by the simulated AWS (AwsError fits it). */
interface ErrorLike {
  message: string;
  code?: string;
  evaluation?: Evaluation;
  request?: AuthorizationRequest;
}

function asErrorLike(error: unknown): ErrorLike {
  if (error instanceof Error) return error as Error & ErrorLike;
  return { message: String(error) };
}

/** The action a denial refused, from the engine's evaluation. */
export function deniedAction(error: unknown): string | undefined {
  return asErrorLike(error).evaluation?.request.action;
}

export function isDenial(error: unknown): boolean {
  return asErrorLike(error).evaluation !== undefined;
}

export interface ApiErrorAlertProps {
  error: unknown;
  /** Header for a denial; defaults to the console's "Access denied". */
  deniedHeader?: string;
  /** Advice under a denial's header; defaults to IAM's "You don't have permission to <action>." */
  deniedAdvice?: ReactNode;
  /** Header for other errors, e.g. "Failed to delete user". */
  header?: string;
}

export function ApiErrorAlert({ error, deniedHeader, deniedAdvice, header }: ApiErrorAlertProps) {
  const e = asErrorLike(error);
  if (e.evaluation) {
    const action = e.evaluation.request.action;
    return (
      <DenialAlert header={deniedHeader ?? 'Access denied'} error={e}>
        {deniedAdvice ??
          `You don't have permission to ${action}. To request access, copy the following text and send it to your AWS administrator.`}
      </DenialAlert>
    );
  }
  return (
    <Alert type="error" header={header ?? e.code ?? 'Error'}>
      {e.message}
    </Alert>
  );
}
