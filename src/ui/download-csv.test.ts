import { describe, expect, it } from 'vitest';
import { toCsv } from './download-csv';

describe('toCsv', () => {
  it('writes the console credentials file, quoting only where needed', () => {
    expect(
      toCsv([
        ['User name', 'Password', 'Console sign-in URL'],
        ['user-1', 'a,b"c', 'https://123456789012.signin.aws.amazon.com/console'],
      ]),
    ).toBe(
      'User name,Password,Console sign-in URL\r\nuser-1,"a,b""c",https://123456789012.signin.aws.amazon.com/console\r\n',
    );
  });
});
