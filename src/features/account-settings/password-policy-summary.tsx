// The Password policy panel's body: the policy in force, as the console words it.
import Box from '@cloudscape-design/components/box';
import type { PasswordPolicy } from '@/queries/types';

export interface PasswordPolicySummaryProps {
  /** undefined: the IAM default applies. */
  policy?: PasswordPolicy;
}

export function policyLines(policy: PasswordPolicy | undefined): string[] {
  if (!policy) {
    return [
      'Password minimum length: 8 characters',
      "Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ' symbols",
      'Never expire password',
      'Must not be identical to your AWS account name or email address',
    ];
  }
  const lines = [`Password minimum length: ${policy.MinimumPasswordLength} characters`];
  if (policy.RequireUppercaseCharacters) {
    lines.push('Require at least one uppercase letter from the Latin alphabet (A-Z)');
  }
  if (policy.RequireLowercaseCharacters) {
    lines.push('Require at least one lowercase letter from the Latin alphabet (a-z)');
  }
  if (policy.RequireNumbers) lines.push('Require at least one number');
  if (policy.RequireSymbols) {
    lines.push(
      "Require at least one nonalphanumeric character (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')",
    );
  }
  lines.push(
    policy.MaxPasswordAge
      ? `Password expires in ${policy.MaxPasswordAge} day(s)`
      : 'Never expire password',
  );
  if (policy.HardExpiry) lines.push('Password expiration requires administrator reset');
  if (policy.AllowUsersToChangePassword) lines.push('Allow users to change their own password');
  if (policy.PasswordReusePrevention) {
    lines.push(`Remember last ${policy.PasswordReusePrevention} password(s) and prevent reuse`);
  }
  return lines;
}

export function PasswordPolicySummary({ policy }: PasswordPolicySummaryProps) {
  return (
    <div>
      <Box variant="p">
        {policy
          ? 'This AWS account uses the following custom password policy:'
          : 'This AWS account uses the following default password policy:'}
      </Box>
      <ul aria-label="Password policy">
        {policyLines(policy).map((line) => (
          <li key={line}>
            <Box variant="span">{line}</Box>
          </li>
        ))}
      </ul>
    </div>
  );
}
