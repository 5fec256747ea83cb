import { describe, expect, it } from 'vitest';
import { formatAge, formatConsoleDate } from './format';

const now = Date.parse('2026-11-22T12:00:00Z');

describe('formatAge', () => {
  it.each([
    ['2026-11-22T11:59:30Z', 'Now'],
    ['2026-11-22T11:59:00Z', '1 minute ago'],
    ['2026-11-22T11:53:00Z', '7 minutes ago'],
    ['2026-11-22T09:00:00Z', '3 hours ago'],
    ['2026-10-31T12:00:00Z', '22 days ago'],
    [undefined, '-'],
    ['not a date', '-'],
  ])('%s reads %s', (iso, expected) => {
    expect(formatAge(iso, now)).toBe(expected);
  });
});

describe('formatConsoleDate', () => {
  it('writes month, day, year, time and the UTC offset', () => {
    expect(formatConsoleDate('2026-05-27T14:41:00Z')).toMatch(
      /^May 2\d, 2026, \d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/,
    );
  });
  it('shows "-" for nothing', () => {
    expect(formatConsoleDate(undefined)).toBe('-');
  });
});
