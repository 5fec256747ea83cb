// The three password fields of a password change (the sign-in's "Change password" page and a user's
// own "Update console password"): old, new under the password policy's rules, and the retyped one.
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

export interface PasswordChangeValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export interface PasswordChangeFieldsProps {
  values: PasswordChangeValues;
  onChange: (values: PasswordChangeValues) => void;
  /** "Old password" at sign-in, "Current password" in the console. */
  oldLabel: string;
  /** "Retype new password" at sign-in, "Confirm new password" in the console. */
  confirmLabel: string;
  /** The password policy's rules, shown under the new password. */
  rules: readonly string[];
  /** The rules the new password breaks, once the learner has tried to save. */
  ruleError?: string;
  /** True once tried with a retyped password that differs. */
  mismatch: boolean;
}

export function PasswordChangeFields(props: PasswordChangeFieldsProps) {
  const { values, onChange, oldLabel, confirmLabel, rules, ruleError, mismatch } = props;
  const field = (name: keyof PasswordChangeValues, label: string) => (
    <Input
      type="password"
      value={values[name]}
      ariaLabel={label}
      onChange={(e) => onChange({ ...values, [name]: e.detail.value })}
    />
  );
  return (
    <>
      <FormField label={oldLabel}>{field('oldPassword', oldLabel)}</FormField>
      <FormField label="New password" constraintText={rules.join('. ')} errorText={ruleError}>
        {field('newPassword', 'New password')}
      </FormField>
      <FormField
        label={confirmLabel}
        errorText={mismatch ? 'The passwords do not match.' : undefined}
      >
        {field('confirm', confirmLabel)}
      </FormField>
    </>
  );
}
