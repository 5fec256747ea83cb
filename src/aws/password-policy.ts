// The account password policy: its ranges, the IAM default, and the checks IAM makes when a
// console password is set or changed (CreateLoginProfile, UpdateLoginProfile, ChangePassword).

import type { PasswordPolicyRecord } from '@/storage/types';

export type PasswordPolicy = PasswordPolicyRecord;

/** The symbols IAM counts as nonalphanumeric characters. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

/** The console's ranges for each option (reference §6.1). */
export const PASSWORD_POLICY_RANGES = {
  minimumLength: { min: 6, max: 128 },
  maxPasswordAge: { min: 1, max: 1095 },
  reusePrevention: { min: 1, max: 24 },
} as const;

/** What "Custom" starts from in the console's editor. */
export const CUSTOM_POLICY_START: PasswordPolicy = {
  MinimumPasswordLength: 8,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  AllowUsersToChangePassword: true,
  MaxPasswordAge: 90,
  PasswordReusePrevention: 5,
  HardExpiry: false,
};

const isSymbol = (c: string) => PASSWORD_SYMBOLS.includes(c);
const hasUpper = (p: string) => /[A-Z]/.test(p);
const hasLower = (p: string) => /[a-z]/.test(p);
const hasNumber = (p: string) => /[0-9]/.test(p);
const hasSymbol = (p: string) => [...p].some((c) => isSymbol(c) || /[^A-Za-z0-9]/.test(c));

const MIX_RULE =
  "Must include at least three of the following mix of character types: uppercase letters (A-Z), lowercase letters (a-z), numbers (0-9), and symbols ! @ # $ % ^ & * ( ) _ + - (hyphen) = [ ] { } | '";

/** The rules the console lists under a password field, for the policy in force (undefined: IAM default). */
export function passwordRules(policy: PasswordPolicy | undefined): string[] {
  if (!policy) return ['Must be at least 8 characters long', MIX_RULE];
  const rules = [`Must be at least ${policy.MinimumPasswordLength} characters long`];
  if (policy.RequireUppercaseCharacters) {
    rules.push('Must include at least one uppercase letter from the Latin alphabet (A-Z)');
  }
  if (policy.RequireLowercaseCharacters) {
    rules.push('Must include at least one lowercase letter from the Latin alphabet (a-z)');
  }
  if (policy.RequireNumbers) rules.push('Must include at least one number');
  if (policy.RequireSymbols) {
    rules.push(
      "Must include at least one nonalphanumeric character ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '",
    );
  }
  return rules;
}

/** The rules of the policy in force that a password breaks; empty when it complies. */
export function passwordViolations(password: string, policy: PasswordPolicy | undefined): string[] {
  const rules = passwordRules(policy);
  const broken: string[] = [];
  const min = policy?.MinimumPasswordLength ?? 8;
  if (password.length < min) broken.push(rules[0] ?? '');
  if (!policy) {
    const kinds = [hasUpper, hasLower, hasNumber, hasSymbol].filter((f) => f(password)).length;
    if (kinds < 3) broken.push(MIX_RULE);
    return broken;
  }
  const checks: Array<[boolean, (p: string) => boolean, string]> = [
    [policy.RequireUppercaseCharacters, hasUpper, 'uppercase'],
    [policy.RequireLowercaseCharacters, hasLower, 'lowercase'],
    [policy.RequireNumbers, hasNumber, 'number'],
    [policy.RequireSymbols, hasSymbol, 'nonalphanumeric'],
  ];
  for (const [required, test, word] of checks) {
    if (required && !test(password)) broken.push(rules.find((r) => r.includes(word)) ?? word);
  }
  return broken;
}

/** Whether a password set at `changedMs` has expired at `nowMs` under the policy. */
export function passwordExpired(
  policy: PasswordPolicy | undefined,
  changedMs: number,
  nowMs: number,
): boolean {
  if (!policy?.MaxPasswordAge) return false;
  return nowMs - changedMs >= policy.MaxPasswordAge * 86_400_000;
}

/** The ISO time a password set at `changedIso` expires, or undefined if it never does. */
export function passwordNextRotation(
  policy: PasswordPolicy | undefined,
  changedIso: string,
): string | undefined {
  if (!policy?.MaxPasswordAge) return undefined;
  return new Date(Date.parse(changedIso) + policy.MaxPasswordAge * 86_400_000).toISOString();
}
