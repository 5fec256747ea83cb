// The account password policy as a console password field needs it: the rules to show and check.
// No custom policy (NoSuchEntity), or none the caller may read, means IAM's default rules; IAM
// checks the real policy again when the password is set (PasswordPolicyViolation).
import { useQuery } from '@tanstack/react-query';
import {
  passwordPolicyQuery,
  passwordRules,
  passwordViolations,
} from '@/queries/iam-account-settings';
import type { PasswordPolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';

export interface PasswordPolicyRules {
  policy?: PasswordPolicy;
  rules: string[];
  /** The rules `password` breaks, joined for a form field's error text; undefined when none. */
  errorFor: (password: string) => string | undefined;
}

export function usePasswordPolicy(): PasswordPolicyRules {
  const caller = useCaller();
  const query = useQuery({ ...passwordPolicyQuery(caller), retry: false });
  const policy = query.data;
  return {
    ...(policy && { policy }),
    rules: passwordRules(policy),
    errorFor: (password) => {
      const broken = passwordViolations(password, policy);
      return broken.length > 0 ? broken.join('. ') : undefined;
    },
  };
}
