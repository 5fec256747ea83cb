// Issue 8 "Fuzzing": parse, validate, evaluate and every explanation never throw or hang on
// arbitrary text, arbitrary JSON and mutated AWS managed policies. Bounded runs with fixed seeds;
// `npm run bench` runs 100,000 cases of the same arbitraries (scripts/bench/fuzz.bench.ts).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCatalog } from '../validate/test-catalog';
import { mutateDocument } from './mutate-policy';
import { loadFuzzSeeds, policyFuzzCase, runPolicyFuzzCase } from './policy-fuzz';

const catalog = createTestCatalog();
let seeds: object[] = [];

beforeAll(async () => {
  seeds = await loadFuzzSeeds();
});

describe('fuzzed policies', () => {
  it('has real policies to mutate', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(9);
  });

  it('never throws on arbitrary text, arbitrary JSON or mutated managed policies', () => {
    fc.assert(
      fc.property(policyFuzzCase(seeds), (c) => runPolicyFuzzCase(c, catalog)),
      { numRuns: 200, seed: 8 },
    );
  });

  it('mutations change real documents in the ways the issue lists', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] };
    expect(mutateDocument(doc, [{ op: 'duplicate', at: 1, pick: 0 }])).toBe(
      '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}',
    );
    expect(mutateDocument(doc, [{ op: 'case', at: 1, pick: 0 }])).toContain('"VERSION"');
    expect(mutateDocument(doc, [{ op: 'deep', at: 0, pick: 1 }])).toMatch(/^\[{101}/);
    expect(mutateDocument(doc, [{ op: 'truncate', at: 0, pick: 10 }])).toBe('{"Version"');
  });
});
