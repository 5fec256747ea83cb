import { expect, it } from 'vitest';
import { formatDuration } from './walkthrough-summary';

it.each([
  [35_000, '35 s'],
  [252_000, '4 min 12 s'],
  [3_780_000, '1 h 3 min'],
  [-5, '0 s'],
] as const)('%i ms reads "%s"', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});
