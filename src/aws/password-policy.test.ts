import { describe, expect, it } from 'vitest';
import {
  CUSTOM_POLICY_START,
  passwordExpired,
  passwordRules,
  passwordViolations,
} from './password-policy';

const strict = { ...CUSTOM_POLICY_START, MinimumPasswordLength: 14 };
const lenient = {
  ...CUSTOM_POLICY_START,
  MinimumPasswordLength: 6,
  RequireSymbols: false,
  RequireNumbers: false,
  RequireUppercaseCharacters: false,
  RequireLowercaseCharacters: false,
};

describe('passwordViolations', () => {
  it.each([
    ['IAM default: 8 characters, three kinds', undefined, 'Abcdefg1', []],
    ['IAM default: too short', undefined, 'Ab1!', ['Must be at least 8 characters long']],
    [
      'IAM default: two kinds only',
      undefined,
      'abcdefgh12',
      [expect.stringContaining('at least three')],
    ],
    ['IAM default: symbols count as a kind', undefined, 'abcdefg!1', []],
    ['custom: every rule met', strict, 'Abcdefghijk1!x', []],
    ['custom: too short', strict, 'Abcdefghij1!', ['Must be at least 14 characters long']],
    [
      'custom: missing upper case and symbol',
      strict,
      'abcdefghijklm1',
      [
        'Must include at least one uppercase letter from the Latin alphabet (A-Z)',
        expect.stringContaining('nonalphanumeric'),
      ],
    ],
    ['custom: missing number', strict, 'Abcdefghijklm!', ['Must include at least one number']],
    ['custom: nothing required but length', lenient, 'aaaaaa', []],
  ] as const)('%s', (_name, policy, password, expected) => {
    expect(passwordViolations(password, policy)).toEqual(expected);
  });

  it('lists the rules of the policy in force', () => {
    expect(passwordRules(undefined)).toHaveLength(2);
    expect(passwordRules(lenient)).toEqual(['Must be at least 6 characters long']);
    expect(passwordRules(strict)).toHaveLength(5);
  });
});

describe('passwordExpired', () => {
  const day = 86_400_000;
  it.each([
    ['no policy', undefined, 1000 * day, false],
    ['no expiry', { ...lenient, MaxPasswordAge: undefined }, 1000 * day, false],
    ['younger than the age', { ...lenient, MaxPasswordAge: 90 }, 89 * day, false],
    ['as old as the age', { ...lenient, MaxPasswordAge: 90 }, 90 * day, true],
  ] as const)('%s', (_name, policy, age, expected) => {
    expect(passwordExpired(policy, 0, age)).toBe(expected);
  });
});
