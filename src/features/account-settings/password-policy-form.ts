// The "Edit password policy" form: its state, its range checks, and the policy it saves.
import { CUSTOM_POLICY_START, PASSWORD_POLICY_RANGES } from '@/queries/iam-account-settings';
import type { PasswordPolicy } from '@/queries/types';

export interface PasswordPolicyForm {
  mode: 'default' | 'custom';
  minimumLength: string;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expire: boolean;
  maxAge: string;
  hardExpiry: boolean;
  allowChange: boolean;
  preventReuse: boolean;
  remember: string;
}

export function formFromPolicy(policy: PasswordPolicy | undefined): PasswordPolicyForm {
  const p = policy ?? CUSTOM_POLICY_START;
  return {
    mode: policy ? 'custom' : 'default',
    minimumLength: String(p.MinimumPasswordLength),
    requireUppercase: p.RequireUppercaseCharacters,
    requireLowercase: p.RequireLowercaseCharacters,
    requireNumbers: p.RequireNumbers,
    requireSymbols: p.RequireSymbols,
    expire: p.MaxPasswordAge !== undefined,
    maxAge: String(p.MaxPasswordAge ?? CUSTOM_POLICY_START.MaxPasswordAge ?? 90),
    hardExpiry: p.HardExpiry,
    allowChange: p.AllowUsersToChangePassword,
    preventReuse: p.PasswordReusePrevention !== undefined,
    remember: String(p.PasswordReusePrevention ?? CUSTOM_POLICY_START.PasswordReusePrevention ?? 5),
  };
}

function outOfRange(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return true;
  const n = Number(text);
  return n < min || n > max;
}

export interface FormErrors {
  minimumLength?: string;
  maxAge?: string;
  remember?: string;
}

/** The console's range messages, before any call is made. */
export function formErrors(form: PasswordPolicyForm): FormErrors {
  const { minimumLength, maxPasswordAge, reusePrevention } = PASSWORD_POLICY_RANGES;
  const errors: FormErrors = {};
  if (form.mode === 'default') return errors;
  if (outOfRange(form.minimumLength, minimumLength.min, minimumLength.max)) {
    errors.minimumLength = `Needs to be between ${minimumLength.min} and ${minimumLength.max}.`;
  }
  if (form.expire && outOfRange(form.maxAge, maxPasswordAge.min, maxPasswordAge.max)) {
    errors.maxAge = `Needs to be between ${maxPasswordAge.min} and ${maxPasswordAge.max} days.`;
  }
  if (form.preventReuse && outOfRange(form.remember, reusePrevention.min, reusePrevention.max)) {
    errors.remember = `Needs to be between ${reusePrevention.min} and ${reusePrevention.max} passwords.`;
  }
  return errors;
}

export function policyFromForm(form: PasswordPolicyForm): PasswordPolicy {
  return {
    MinimumPasswordLength: Number(form.minimumLength),
    RequireUppercaseCharacters: form.requireUppercase,
    RequireLowercaseCharacters: form.requireLowercase,
    RequireNumbers: form.requireNumbers,
    RequireSymbols: form.requireSymbols,
    AllowUsersToChangePassword: form.allowChange,
    HardExpiry: form.expire && form.hardExpiry,
    ...(form.expire && { MaxPasswordAge: Number(form.maxAge) }),
    ...(form.preventReuse && { PasswordReusePrevention: Number(form.remember) }),
  };
}
