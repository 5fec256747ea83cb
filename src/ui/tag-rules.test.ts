import { describe, expect, it } from 'vitest';
import { hasTagErrors, TAG_LIMIT, tagRowErrors } from './tag-rules';

describe('tagRowErrors', () => {
  it.each([
    ['a plain key and value', { key: 'team', value: 'blue' }, {}],
    ['an empty value', { key: 'team', value: '' }, {}],
    ['every allowed symbol and letters', { key: 'Équipe _.:/=+-@ 1', value: 'été' }, {}],
    ['an empty key', { key: '', value: 'x' }, { key: 'You must specify a tag key.' }],
    [
      'a 129-character key',
      { key: 'k'.repeat(129), value: '' },
      { key: expect.stringContaining('128') },
    ],
    [
      'a 257-character value',
      { key: 'k', value: 'v'.repeat(257) },
      { value: expect.stringContaining('256') },
    ],
    [
      'a reserved prefix',
      { key: 'AWS:owner', value: '' },
      { key: expect.stringContaining('aws:') },
    ],
    [
      'markup',
      { key: '<b>', value: '"x"' },
      { key: expect.any(String), value: expect.any(String) },
    ],
  ])('%s', (_name, tag, expected) => {
    expect(tagRowErrors([tag])[0]).toEqual(expected);
  });

  it('flags the second of two keys that differ only in case', () => {
    const errors = tagRowErrors([
      { key: 'Team', value: 'a' },
      { key: 'team', value: 'b' },
    ]);
    expect(errors[0]).toEqual({});
    expect(errors[1]?.key).toContain('unique');
  });

  it('allows 50 tags and no more', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(hasTagErrors(tags(TAG_LIMIT))).toBe(false);
    expect(hasTagErrors(tags(TAG_LIMIT + 1))).toBe(true);
  });
});
