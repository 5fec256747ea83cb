import { describe, expect, it } from 'vitest';
import type { JsonValue } from './format-output';
import { QueryError, compileQuery } from './query';

const reservations: JsonValue = {
  Reservations: [
    {
      Instances: [
        { InstanceId: 'i-1', State: { Name: 'running' }, Tags: [{ Key: 'Name', Value: 'web' }] },
        { InstanceId: 'i-2', State: { Name: 'stopped' } },
      ],
    },
    { Instances: [{ InstanceId: 'i-3', State: { Name: 'running' } }] },
  ],
  Account: '123456789012',
};

describe('--query (JMESPath subset)', () => {
  it.each([
    ['a field', 'Account', '123456789012'],
    ['a missing field is null', 'Nope', null],
    ['an index and a sub-expression', 'Reservations[0].Instances[1].InstanceId', 'i-2'],
    ['a negative index', 'Reservations[-1].Instances[0].InstanceId', 'i-3'],
    [
      'projections keep the nesting',
      'Reservations[*].Instances[*].InstanceId',
      [['i-1', 'i-2'], ['i-3']],
    ],
    ['[] flattens', 'Reservations[].Instances[].InstanceId', ['i-1', 'i-2', 'i-3']],
    [
      'a multiselect list per element',
      'Reservations[].Instances[].[InstanceId, State.Name]',
      [
        ['i-1', 'running'],
        ['i-2', 'stopped'],
        ['i-3', 'running'],
      ],
    ],
    [
      'a multiselect hash per element',
      'Reservations[].Instances[].{Id: InstanceId, State: State.Name}',
      [
        { Id: 'i-1', State: 'running' },
        { Id: 'i-2', State: 'stopped' },
        { Id: 'i-3', State: 'running' },
      ],
    ],
    [
      "a filter with a 'raw string' projects like [*]",
      "Reservations[].Instances[?State.Name=='running'].InstanceId",
      [['i-1'], ['i-3']],
    ],
    [
      'a filter after a pipe, with != and a `json` literal',
      'Reservations[].Instances[] | [?State.Name!=`"running"`].InstanceId',
      ['i-2'],
    ],
    [
      'a filter inside a projection applies to each element, as JMESPath binds it',
      "Reservations[].Instances[][?State.Name=='running']",
      [],
    ],
    ['nulls are dropped from a projection', 'Reservations[].Instances[].Tags[0].Value', ['web']],
    ['a pipe stops the projection', 'Reservations[].Instances[].InstanceId | [0]', 'i-1'],
  ] as Array<[string, string, JsonValue]>)('%s', (_name, expression, expected) => {
    expect(compileQuery(expression)(reservations)).toEqual(expected);
  });

  it.each(['Reservations[', "Instances[?Name=='x'", 'Account)'])(
    'a malformed expression throws: %s',
    (expression) => {
      expect(() => compileQuery(expression)).toThrow(QueryError);
    },
  );
});
