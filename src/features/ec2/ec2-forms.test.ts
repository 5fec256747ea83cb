import { describe, expect, it } from 'vitest';
import { keyNameError } from './create-key-pair-modal';
import { encodedMessageOf } from './decode-message-modal';
import { instanceStateMenu } from './instance-state-actions';
import { tagChanges } from './instance-tags-tab';

describe('Create key pair: the console checks the name first', () => {
  it.each([
    ['lab-key', undefined],
    ['', 'Key pair name is required.'],
    [
      ' lead',
      "The name can include up to 255 ASCII characters. It can't include leading or trailing spaces.",
    ],
    [
      'clé',
      "The name can include up to 255 ASCII characters. It can't include leading or trailing spaces.",
    ],
    [
      'k'.repeat(256),
      "The name can include up to 255 ASCII characters. It can't include leading or trailing spaces.",
    ],
  ])('%j', (name, error) => {
    expect(keyNameError(name)).toBe(error);
  });
});

describe('Tags tab: what Save sends', () => {
  it('sets new and changed tags and deletes removed keys', () => {
    const before = [
      { Key: 'Name', Value: 'web' },
      { Key: 'team', Value: 'red' },
      { Key: 'old', Value: 'x' },
    ];
    const after = [
      { key: 'Name', value: 'web' },
      { key: 'team', value: 'blue' },
      { key: 'env', value: '' },
    ];
    expect(tagChanges(before, after)).toEqual({
      set: [
        { Key: 'team', Value: 'blue' },
        { Key: 'env', Value: '' },
      ],
      remove: [{ Key: 'old' }],
    });
  });
});

describe('Decode message: the encoded part of an EC2 denial', () => {
  it('is what follows "Encoded authorization failure message: "', () => {
    expect(
      encodedMessageOf(
        'You are not authorized to perform this operation. User: u is not authorized to perform: ec2:StopInstances. Encoded authorization failure message: abc_-1',
      ),
    ).toBe('abc_-1');
  });

  it('is absent from Describe* denials', () => {
    expect(
      encodedMessageOf(
        'You are not authorized to perform this operation. User: u is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
      ),
    ).toBeUndefined();
  });
});

describe('Instance state menu: items the selection allows', () => {
  const enabled = (states: string[]) =>
    instanceStateMenu(states)
      .filter((i) => !i.disabled)
      .map((i) => i.id);
  it.each([
    [['running'], ['stop', 'reboot', 'terminate']],
    [['stopped'], ['start', 'terminate']],
    [['pending'], ['terminate']],
    [['terminated'], []],
    [
      ['running', 'stopped'],
      ['stop', 'start', 'reboot', 'terminate'],
    ],
  ])('%j → %j', (states, expected) => {
    expect(enabled(states)).toEqual(expected);
  });
});
