import { describe, expect, it } from 'vitest';
import { bucketNameError } from './bucket-name-rules';

describe('bucketNameError', () => {
  it.each([
    ['a valid name', 'lab-bucket-1', null],
    ['periods allowed', 'logs.example.com', null],
    ['empty', '', 'Bucket name is required.'],
    ['too short', 'ab', 'Bucket name must be at least 3 and no more than 63 characters long.'],
    [
      'too long',
      'a'.repeat(64),
      'Bucket name must be at least 3 and no more than 63 characters long.',
    ],
    ['uppercase', 'Lab-bucket', 'Bucket name must not contain uppercase characters.'],
    [
      'underscore',
      'lab_bucket',
      'Bucket name can contain only lowercase letters, numbers, periods (.), and hyphens (-).',
    ],
    [
      'markup',
      '<script>',
      'Bucket name can contain only lowercase letters, numbers, periods (.), and hyphens (-).',
    ],
    ['starts with hyphen', '-lab', 'Bucket name must start with a lowercase letter or number.'],
    ['ends with period', 'lab.', 'Bucket name must end with a lowercase letter or number.'],
    ['adjacent periods', 'lab..bucket', 'Bucket name must not contain two adjacent periods.'],
    [
      'IP address',
      '192.168.5.4',
      'Bucket name must not be formatted as an IP address (for example, 192.168.5.4).',
    ],
    ['reserved prefix', 'xn--lab', 'Bucket name must not start with the prefix "xn--".'],
    ['reserved suffix', 'lab-s3alias', 'Bucket name must not end with the suffix "-s3alias".'],
  ] as const)('%s', (_name, input, expected) => {
    expect(bucketNameError(input)).toBe(expected);
  });
});
