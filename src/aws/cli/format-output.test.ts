import { describe, expect, it } from 'vitest';
import { formatJson, formatTable, formatText, type JsonValue } from './format-output';

describe('formatText (awscli/text.py)', () => {
  it.each([
    ['a flat object: values in sorted key order', { b: 2, a: 'x', c: true }, 'x\t2\tTrue\n'],
    ['null prints as Python None', { a: null }, 'None\n'],
    [
      'a list of objects: IDENTIFIER, then the union of scalar keys, blanks for missing ones',
      { Users: [{ UserName: 'a', Path: '/' }, { UserName: 'b' }] },
      'USERS\t/\ta\nUSERS\t\tb\n',
    ],
    [
      'a list of scalars under a key: one line each',
      { Ids: ['i-1', 'i-2'] },
      'IDS\ti-1\nIDS\ti-2\n',
    ],
    ['an empty list prints nothing', { Users: [] }, ''],
    [
      'nested objects follow their parent row',
      { R: [{ Id: 'r-1', I: [{ Id: 'i-1', State: { Code: 16, Name: 'running' } }] }] },
      'R\tr-1\nI\ti-1\nSTATE\t16\trunning\n',
    ],
  ] as Array<[string, JsonValue, string]>)('%s', (_name, value, expected) => {
    expect(formatText(value)).toBe(expected);
  });
});

describe('formatJson', () => {
  it('indents by four spaces and keeps empty lists inline, as the CLI does', () => {
    expect(formatJson({ Reservations: [], A: { B: 1 } })).toBe(
      '{\n    "Reservations": [],\n    "A": {\n        "B": 1\n    }\n}\n',
    );
  });
});

describe('formatTable (awscli MultiTable)', () => {
  it('draws nested lists inside their parent, one bar deeper, all lines one width', () => {
    const table = formatTable(
      {
        Users: [
          { UserName: 'bob', Path: '/' },
          { UserName: 'al', Path: '/x/' },
        ],
      },
      'ListUsers',
    );
    expect(table).toBe(
      [
        '---------------------',
        '|     ListUsers     |',
        '+-------------------+',
        '||      Users      ||',
        '|+------+----------+|',
        '|| Path | UserName ||',
        '|+------+----------+|',
        '||  /   |  bob     ||',
        '||  /x/ |  al      ||',
        '|+------+----------+|',
        '',
      ].join('\n'),
    );
  });
});
