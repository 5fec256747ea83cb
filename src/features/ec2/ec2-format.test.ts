import { describe, expect, it } from 'vitest';
import { formatLaunchTime, STATE_INDICATOR, STATE_LABEL } from './ec2-format';
import { ACTION_TEXT } from './instance-state-actions';

describe('EC2 console formats', () => {
  it('writes launch times as the Instances list does', () => {
    expect(formatLaunchTime('2026-11-22T05:07:00.000Z')).toBe('2026/11/22 05:07 GMT+0');
  });

  it.each([
    ['pending', 'Pending', 'pending'],
    ['running', 'Running', 'success'],
    ['stopping', 'Stopping', 'pending'],
    ['stopped', 'Stopped', 'stopped'],
    ['shutting-down', 'Shutting-down', 'pending'],
    ['terminated', 'Terminated', 'stopped'],
  ] as const)('%s reads %s', (state, label, indicator) => {
    expect(STATE_LABEL[state]).toBe(label);
    expect(STATE_INDICATOR[state]).toBe(indicator);
  });

  it('words the flashes as the console does', () => {
    expect(ACTION_TEXT.stop.success('i-0abc')).toBe('Successfully initiated stopping of i-0abc');
    expect(ACTION_TEXT.stop.failure('i-0abc')).toBe('Failed to stop the instance i-0abc');
    expect(ACTION_TEXT.terminate.success('i-0abc')).toBe('Successfully terminated i-0abc');
  });
});
