// The sign-in page's CloudTrail events: ConsoleLogin from signin.amazonaws.com, "Success" or
// "Failure", as AwsConsoleSignIn events. Sign-in is not an IAM API call, so nothing is authorized.

import { readTx } from '@/storage/db';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import type { CallRecord } from '@/storage/types';
import { baseContext } from './call';
import { applyRequestContext, loadSettings } from './request-context';

/** CloudTrail's user name for a failed sign-in of a user name that does not exist. */
export const HIDDEN_USER = 'HIDDEN_DUE_TO_SECURITY_REASONS';

export interface SignInEvent {
  userName: string;
  /** The user's unique ID, when the user exists. */
  userId?: string;
  ms: number;
  success: boolean;
  mfaUsed: boolean;
}

/** The ConsoleLogin call record; the request context panel's source IP and transport apply. */
export async function signInRecord(event: SignInEvent): Promise<CallRecord> {
  const settings = await readTx(loadSettings);
  return {
    time: new Date(event.ms).toISOString(),
    epochMs: event.ms,
    principalArn: `arn:aws:iam::${LAB_ACCOUNT_ID}:user/${event.userName}`,
    principalType: 'IAMUser',
    userName: event.userName,
    ...(event.userId && { principalId: event.userId }),
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    action: 'signin:ConsoleLogin',
    resource: '*',
    region: 'us-east-1',
    context: applyRequestContext(baseContext(event.ms), { ...settings, mfa: 'absent' }),
    // CloudTrail puts MFAUsed in additionalEventData; cloudtrail-event.ts moves it there.
    requestParameters: { MFAUsed: event.mfaUsed ? 'Yes' : 'No' },
    ...(!event.success && {
      errorCode: 'Failed authentication',
      errorMessage: 'Failed authentication',
    }),
  };
}
