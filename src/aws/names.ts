// IAM's name rules, enforced with AWS's ValidationError wording.

import { AwsError } from './aws-error';

const NAME_PATTERN = /^[\w+=,.@-]+$/;
const PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/;

function validationError(value: string, member: string, constraint: string): AwsError {
  return new AwsError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

/** Checks an IAM name: length 1..max, characters from [\w+=,.@-]. */
export function checkName(value: string, member: string, max: number): void {
  if (value.length < 1) {
    throw validationError(value, member, 'Member must have length greater than or equal to 1');
  }
  if (value.length > max) {
    throw validationError(value, member, `Member must have length less than or equal to ${max}`);
  }
  if (!NAME_PATTERN.test(value)) {
    throw validationError(
      value,
      member,
      'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
    );
  }
}

export const checkUserName = (name: string) => checkName(name, 'userName', 64);
export const checkGroupName = (name: string) => checkName(name, 'groupName', 128);
export const checkPolicyName = (name: string) => checkName(name, 'policyName', 128);

/** Checks an IAM path: "/" or "/division/team/". */
export function checkPath(path: string): void {
  if (path.length > 512) {
    throw validationError(path, 'path', 'Member must have length less than or equal to 512');
  }
  if (!PATH_PATTERN.test(path)) {
    throw validationError(
      path,
      'path',
      'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
    );
  }
}
