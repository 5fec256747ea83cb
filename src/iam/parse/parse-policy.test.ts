// JSON syntax per RFC 8259; positions as the console's editor shows them (1-based line:column).
import { describe, expect, it } from 'vitest';
import { formatJsonPath, parsePolicy, spanAtPath } from './parse-policy';

describe('parsePolicy', () => {
  it('keeps the value and the span of each part', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow"}]\n}';
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.value).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
    const span = spanAtPath(r.policy.root, ['Statement', 0, 'Effect']);
    expect(span.start).toEqual({ line: 3, column: 28, offset: 56 });
    expect(text.slice(span.start.offset, span.end.offset)).toBe('"Allow"');
  });

  it.each([
    ['trailing comma', '{"a": 1,}', 1, 9],
    ['missing brace', '{"a": 1', 1, 8],
    ['single quotes', "{'a': 1}", 1, 2],
    ['text after the value', '{} x', 1, 4],
    ['bad literal on line 2', '{\n "a": tru }', 2, 7],
    ['empty input', '', 1, 1],
  ])('reports %s with line and column', (_name, text, line, column) => {
    const r = parsePolicy(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.position).toMatchObject({ line, column });
  });

  it('survives JSON nested 10,000 deep without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(parsePolicy(deep).ok).toBe(true);
    expect(parsePolicy('['.repeat(10_000)).ok).toBe(false);
  });

  it('makes __proto__ an own property, never the prototype', () => {
    const r = parsePolicy('{"__proto__": {"polluted": true}, "constructor": 1}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.policy.value as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodes escapes', () => {
    const r = parsePolicy('"a\\u0041\\n\\"b"');
    expect(r.ok && r.policy.value).toBe('aA\n"b');
  });

  it('formats paths as Access Analyzer does', () => {
    expect(formatJsonPath(['Statement', 0, 'Action', 1])).toBe('Statement[0].Action[1]');
  });
});
