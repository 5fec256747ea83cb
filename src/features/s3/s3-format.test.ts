import { describe, expect, it } from 'vitest';
import { formatRegion, formatS3Date, formatS3Size, isTextual, objectType } from './s3-format';

describe('S3 console formats', () => {
  it.each([
    [0, '0.0 B'],
    [18, '18.0 B'],
    [1536, '1.5 KB'],
    [2 * 1024 * 1024, '2.0 MB'],
  ] as const)('%i bytes is %s', (bytes, text) => {
    expect(formatS3Size(bytes)).toBe(text);
  });

  it('writes dates as the console does, in UTC', () => {
    expect(formatS3Date('2026-11-22T05:43:45.000Z')).toBe(
      'November 22, 2026, 05:43:45 (UTC+00:00)',
    );
    expect(formatS3Date('not a date')).toBe('-');
  });

  it('names the Region', () => {
    expect(formatRegion('us-east-1')).toBe('US East (N. Virginia) us-east-1');
    expect(formatRegion('xx-test-9')).toBe('xx-test-9');
  });

  it.each([
    ['report.csv', 'csv', true],
    ['logs/app.LOG', 'log', true],
    ['photo.png', 'png', false],
    ['README', '-', false],
  ] as const)('%s has type %s', (key, type, textual) => {
    expect(objectType(key)).toBe(type);
    expect(isTextual('binary/octet-stream', key)).toBe(textual);
  });
});
