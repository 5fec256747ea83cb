// aws sts get-caller-identity and aws iam list-users.

import { listUsers } from '../iam-users';
import { getCallerIdentity } from '../sts-caller-identity';
import { cliTimestamp } from './cli-time';
import type { CliContext, CliResult } from './cli-types';
import type { JsonObject } from './format-output';
import type { OperationSpec } from './parse-command';

export const STS_OPERATIONS: Record<string, OperationSpec> = {
  'get-caller-identity': { options: {} },
};

export const IAM_OPERATIONS: Record<string, OperationSpec> = {
  'list-users': { options: { 'path-prefix': 'string' } },
};

export async function getCallerIdentityCommand(ctx: CliContext): Promise<CliResult> {
  const identity = await ctx.call('sts', 'GetCallerIdentity', (caller) =>
    getCallerIdentity(caller),
  );
  const response: JsonObject = {
    UserId: identity.userId,
    Account: identity.account,
    Arn: identity.arn,
  };
  return ctx.print(response, 'GetCallerIdentity');
}

export async function listUsersCommand(ctx: CliContext): Promise<CliResult> {
  const prefix = ctx.parsed.options.get('path-prefix');
  const users = await ctx.call('iam', 'ListUsers', (caller) =>
    listUsers(caller, typeof prefix === 'string' ? prefix : '/'),
  );
  const response: JsonObject = {
    Users: users.map((u) => ({
      Path: u.path,
      UserName: u.userName,
      UserId: u.userId,
      Arn: u.arn,
      CreateDate: cliTimestamp(u.createDate),
      ...(u.passwordLastUsed && { PasswordLastUsed: cliTimestamp(u.passwordLastUsed) }),
    })),
  };
  return ctx.print(response, 'ListUsers');
}
