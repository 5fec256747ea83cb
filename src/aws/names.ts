// IAM's name rules, enforced with AWS's ValidationError wording.

import { AwsError } from './aws-error';

const NAME_PATTERN = /^[\w+=,.@-]+$/;
const PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/;

/** AWS's ValidationError: "1 validation error detected: Value '<v>' at '<member>' failed to ...". */
export function validationError(value: string, member: string, constraint: string): AwsError {
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
export const checkRoleName = (name: string) => checkName(name, 'roleName', 64);
export const checkInstanceProfileName = (name: string) =>
  checkName(name, 'instanceProfileName', 128);

// Tabs and line breaks are allowed characters here, not mistakes.
// eslint-disable-next-line no-control-regex
const DESCRIPTION_PATTERN = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;

/** A role's description: up to 1,000 characters of printable Latin-1, tabs and new lines. */
export function checkRoleDescription(description: string): void {
  if (description.length > 1000) {
    throw validationError(
      description,
      'description',
      'Member must have length less than or equal to 1000',
    );
  }
  if (!DESCRIPTION_PATTERN.test(description)) {
    throw validationError(
      description,
      'description',
      'Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
    );
  }
}

/** MaxSessionDuration: 3,600 to 43,200 seconds (1 to 12 hours). */
export function checkMaxSessionDuration(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 3600) {
    throw validationError(
      String(seconds),
      'maxSessionDuration',
      'Member must have value greater than or equal to 3600',
    );
  }
  if (seconds > 43200) {
    throw validationError(
      String(seconds),
      'maxSessionDuration',
      'Member must have value less than or equal to 43200',
    );
  }
}

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

const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_PATTERN_TEXT = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*';
/** Tags per user, role or customer managed policy. */
export const MAX_TAGS = 50;

/** Checks tags as IAM does: count, key and value lengths and characters, case-insensitive keys. */
export function checkTags(tags: ReadonlyArray<{ Key: string; Value: string }>): void {
  if (tags.length > MAX_TAGS) {
    throw validationError(
      `[${tags.length} tags]`,
      'tags',
      `Member must have length less than or equal to ${MAX_TAGS}`,
    );
  }
  tags.forEach((tag, i) => {
    const at = `tags.${i + 1}.member`;
    if (tag.Key.length < 1 || tag.Key.length > 128) {
      const bound = tag.Key.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 128';
      throw validationError(tag.Key, `${at}.key`, `Member must have length ${bound}`);
    }
    if (tag.Value.length > 256) {
      throw validationError(
        tag.Value,
        `${at}.value`,
        'Member must have length less than or equal to 256',
      );
    }
    for (const [part, value] of [
      ['key', tag.Key],
      ['value', tag.Value],
    ] as const) {
      if (!TAG_PATTERN.test(value)) {
        throw validationError(
          value,
          `${at}.${part}`,
          `Member must satisfy regular expression pattern: ${TAG_PATTERN_TEXT}`,
        );
      }
    }
    if (tag.Key.toLowerCase().startsWith('aws:')) {
      throw new AwsError('InvalidInput', 'Tag keys starting with "aws:" are reserved for AWS use.');
    }
  });
  const keys = new Set(tags.map((t) => t.Key.toLowerCase()));
  if (keys.size !== tags.length) {
    throw new AwsError(
      'InvalidInput',
      'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    );
  }
}
