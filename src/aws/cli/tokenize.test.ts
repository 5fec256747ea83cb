import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['plain words', 'aws s3 ls', ['aws', 's3', 'ls']],
    ['runs of blanks', '  aws   sts\tget-caller-identity  ', ['aws', 'sts', 'get-caller-identity']],
    ['--flag value', 'aws s3 ls --profile dev', ['aws', 's3', 'ls', '--profile', 'dev']],
    [
      '--flag=value stays one word',
      'aws s3 ls --profile=dev',
      ['aws', 's3', 'ls', '--profile=dev'],
    ],
    [
      'double quotes keep blanks',
      'aws s3 cp "my file.txt" s3://b/',
      ['aws', 's3', 'cp', 'my file.txt', 's3://b/'],
    ],
    ['single quotes are literal', `echo 'a "b" \\c'`, ['echo', 'a "b" \\c']],
    ['escapes inside double quotes', 'x "say \\"hi\\" \\\\ \\n"', ['x', 'say "hi" \\ \\n']],
    ['quotes join a word', 'a"b c"\'d\'', ['ab cd']],
    ['an empty quoted word', `a "" ''`, ['a', '', '']],
    ['backslash escapes a blank', 'cp my\\ file.txt', ['cp', 'my file.txt']],
    ['nothing', '   ', []],
  ])('%s', (_name, line, words) => {
    expect(tokenize(line)).toEqual({ ok: true, words });
  });

  it.each([
    ['double', 'aws s3 cp "oops', '"'],
    ['single', "aws s3 cp 'oops", "'"],
  ])('an unterminated %s quote fails as bash does', (_name, line, quote) => {
    expect(tokenize(line)).toEqual({
      ok: false,
      error: `-bash: unexpected EOF while looking for matching \`${quote}'\n-bash: syntax error: unexpected end of file`,
    });
  });
});
