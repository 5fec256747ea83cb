// Account settings (password policy, alias), the credential report and the console sign-in.

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import { signIn, type SignInInput } from '@/aws/console-sign-in';
import * as report from '@/aws/credential-report';
import * as settings from '@/aws/iam-account-settings';
import { changePassword } from '@/aws/iam-login-profiles';
import type { PasswordPolicy } from '@/aws/password-policy';
import { invalidateEverything } from './invalidate';
import { useIamMutation } from './use-iam-mutation';

export const passwordPolicyQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account', 'password-policy', caller.arn],
    queryFn: () => settings.getAccountPasswordPolicy(caller),
  });

export const accountAliasesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account', 'aliases', caller.arn],
    queryFn: () => settings.listAccountAliases(caller),
  });

export const credentialReportQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account', 'credential-report', caller.arn],
    queryFn: () => report.getCredentialReport(caller),
  });

export const useUpdatePasswordPolicy = () =>
  useIamMutation((v: { caller: Caller; policy: PasswordPolicy }) =>
    settings.updateAccountPasswordPolicy(v.caller, v.policy),
  );

export const useDeletePasswordPolicy = () =>
  useIamMutation((v: { caller: Caller }) => settings.deleteAccountPasswordPolicy(v.caller));

export const useCreateAccountAlias = () =>
  useIamMutation((v: { caller: Caller; alias: string }) =>
    settings.createAccountAlias(v.caller, v.alias),
  );

export const useDeleteAccountAlias = () =>
  useIamMutation((v: { caller: Caller; alias: string }) =>
    settings.deleteAccountAlias(v.caller, v.alias),
  );

export const useGenerateCredentialReport = () =>
  useIamMutation((v: { caller: Caller }) => report.generateCredentialReport(v.caller));

/** "IAM user sign in": a new session, so every cached answer is dropped on success. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    onSuccess: () => invalidateEverything(client),
  });
}

export const useChangePassword = () =>
  useIamMutation((v: { caller: Caller; oldPassword: string; newPassword: string }) =>
    changePassword(v.caller, v.oldPassword, v.newPassword),
  );

export { signInUrl } from '@/aws/iam-account-settings';
export {
  CUSTOM_POLICY_START,
  PASSWORD_POLICY_RANGES,
  passwordRules,
  passwordViolations,
} from '@/aws/password-policy';
export { CREDENTIAL_REPORT_HEADER } from '@/aws/credential-report';
