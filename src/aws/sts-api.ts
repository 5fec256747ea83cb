// The simulated STS: AssumeRole and DecodeAuthorizationMessage. The engine decides with the role's trust policy as the resource
// policy (type 'trust'), the caller's identity policies and its permissions boundary.

import { decodeAuthorizationMessage as decodeMessage } from '@/iam';
import { readTx } from '@/storage/db';
import { readRole } from '@/storage/roles';
import { roleArn as defaultRoleArn } from './arns';
import { AwsError } from './aws-error';
import { roleSessionCaller, type Caller, type RoleSessionCaller } from './caller';
import { runCall } from './call';

export interface AssumeRoleInput {
  /** The role's ARN, or just its name (the console's Switch Role form). */
  roleArn: string;
  roleSessionName: string;
  /** Seconds, 900 up to the role's MaxSessionDuration; default 3600. */
  durationSeconds?: number;
  /** The console's Switch role: the session lasts as long as the role allows. */
  consoleSession?: boolean;
  externalId?: string;
}

export interface AssumeRoleResult {
  assumedRoleUser: { arn: string; assumedRoleId: string };
  expiration: string;
  /** The session, as the caller of later calls. */
  session: RoleSessionCaller;
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EMPTY_TRUST_POLICY = '{"Version":"2012-10-17","Statement":[]}';

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message);
}

function checkInput(input: AssumeRoleInput, caller: Caller): number {
  if (!SESSION_NAME.test(input.roleSessionName)) {
    throw validation(
      `1 validation error detected: Value '${input.roleSessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = input.durationSeconds ?? 3600;
  if (duration < 900) {
    throw validation(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
    );
  }
  if (caller.kind === 'role-session' && duration > 3600) {
    throw validation(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  }
  return duration;
}

/** The role name of a role ARN in this account ("arn:aws:iam::123456789012:role/path/Name"). */
function roleNameOf(arnOrName: string): string {
  const match = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arnOrName);
  return match?.[1] ?? arnOrName;
}

/**
 * AssumeRole. Root may not assume roles. A trust policy naming the caller allows on its own; one
 * naming the account also needs the caller's identity policies; the caller's boundary always
 * applies. A role that does not exist is refused like a trust policy that allows nothing.
 */
export function assumeRole(caller: Caller, input: AssumeRoleInput): Promise<AssumeRoleResult> {
  const roleName = roleNameOf(input.roleArn);
  const requested = input.roleArn.startsWith('arn:') ? input.roleArn : defaultRoleArn(roleName);
  return runCall(
    caller,
    { service: 'sts', operation: 'AssumeRole', action: 'sts:AssumeRole', resource: requested },
    async (call) => {
      if (caller.kind === 'root') {
        throw new AwsError('AccessDenied', 'Roles may not be assumed by root accounts.');
      }
      const duration = checkInput(input, caller);
      const role = await readTx((tx) => readRole(tx, roleName));
      const found = role && role.arn === requested ? role : undefined;
      await call.authorize({
        action: 'sts:AssumeRole',
        resource: requested,
        resourcePolicy: {
          document: found?.assumeRolePolicyDocument ?? EMPTY_TRUST_POLICY,
          type: 'trust',
          name: 'Trust policy',
        },
        context: {
          'sts:RoleSessionName': input.roleSessionName,
          ...(input.externalId !== undefined && { 'sts:ExternalId': input.externalId }),
        },
      });
      // Invariant: an allowed request had a trust policy that allows, so the role exists.
      if (!found) throw new AwsError('AccessDenied', 'Access denied');
      const seconds = input.consoleSession ? found.maxSessionDuration : duration;
      if (seconds > found.maxSessionDuration) {
        throw validation(
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        );
      }
      const expiration = new Date(call.nowMs + seconds * 1000).toISOString();
      const session = roleSessionCaller(
        found.roleName,
        found.arn,
        input.roleSessionName,
        call.time,
        expiration,
        // A console switch keeps the MFA of the session that made it.
        input.consoleSession && caller.kind === 'user' ? caller.mfa : undefined,
      );
      return {
        assumedRoleUser: {
          arn: session.arn,
          assumedRoleId: `${found.roleId}:${input.roleSessionName}`,
        },
        expiration,
        session,
      };
    },
  );
}

export interface DecodeAuthorizationMessageResult {
  /** The decoded message as AWS returns it: a JSON string. */
  decodedMessage: string;
}

/**
 * DecodeAuthorizationMessage: sts:DecodeAuthorizationMessage, which has no resource-level
 * permissions. The decoded JSON has AWS's shape; the lab's own `source` pointers are left out.
 */
export function decodeAuthorizationMessage(
  caller: Caller,
  encodedMessage: string,
): Promise<DecodeAuthorizationMessageResult> {
  return runCall(
    caller,
    {
      service: 'sts',
      operation: 'DecodeAuthorizationMessage',
      action: 'sts:DecodeAuthorizationMessage',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'sts:DecodeAuthorizationMessage', resource: '*' });
      const message = decodeMessage(encodedMessage.trim());
      if (!message) {
        throw new AwsError(
          'InvalidAuthorizationMessageException',
          'The encoded message is not valid.',
        );
      }
      const items = message.matchedStatements.items.map(({ source: _source, ...s }) => s);
      const shaped = { ...message, matchedStatements: { items } };
      return { decodedMessage: JSON.stringify(shaped) };
    },
  );
}
