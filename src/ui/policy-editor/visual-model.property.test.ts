// Property: a document the visual editor shows keeps its meaning through the visual model, both
// untouched (it comes back exactly) and with every block written as its own statement (as after an
// edit): the same permissions summary, and the same decision on every generated request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateRequest,
  loadServiceCatalog,
  summarizePolicy,
  type ContextValue,
  type EvalDecision,
} from '@/iam';
import { toPolicyDocument, toVisualModel } from './visual-model';

const catalog = await loadServiceCatalog();
await catalog.loadServices(['s3', 'ec2', 'iam']);

const ACCOUNT = '123456789012';
const ACTIONS: Record<string, string[]> = {
  s3: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:Get*', 's3:*'],
  ec2: ['ec2:DescribeInstances', 'ec2:RunInstances', 'ec2:Describe*'],
  iam: ['iam:GetUser', 'iam:CreateUser', 'iam:List*'],
};
const CONCRETE = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject'].concat(
  'ec2:DescribeInstances ec2:RunInstances ec2:TerminateInstances iam:GetUser iam:CreateUser iam:ListUsers'.split(
    ' ',
  ),
);
const RESOURCES = [
  '*',
  'arn:aws:s3:::lab-bucket',
  'arn:aws:s3:::lab-bucket/*',
  'arn:aws:s3:::other/report.csv',
  `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`,
  `arn:aws:iam::${ACCOUNT}:user/alice`,
];
const CONDITIONS: Array<[string, string, fc.Arbitrary<unknown>]> = [
  ['StringEquals', 'aws:PrincipalTag/team', fc.constantFrom('blue', 'red', ['blue', 'red'])],
  ['Bool', 'aws:SecureTransport', fc.constantFrom(true, 'false', ['true'])],
  ['StringLike', 's3:prefix', fc.constantFrom('home/*', ['home/*', 'pub/'])],
  ['NumericLessThanEquals', 's3:max-keys', fc.constantFrom(10, '100')],
];

const stringOrList = <T>(items: fc.Arbitrary<T[]>) =>
  items.chain((list) =>
    list.length === 1 ? fc.constantFrom<T | T[]>(list[0] as T, list) : fc.constant(list),
  );

const condition = fc
  .subarray(CONDITIONS, { minLength: 1, maxLength: 3 })
  .chain((picked) =>
    fc.tuple(...picked.map(([op, key, value]) => value.map((v) => [op, key, v] as const))),
  )
  .map((entries) => {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [op, key, v] of entries) out[op] = { ...out[op], [key]: v };
    return out;
  });

const statement = fc
  .record({
    effect: fc.constantFrom('Allow', 'Deny'),
    sid: fc.option(fc.constantFrom('S1', 'ReadOnly'), { nil: undefined }),
    services: fc.subarray(Object.keys(ACTIONS), { minLength: 1, maxLength: 3 }),
    withCondition: fc.boolean(),
  })
  .chain(({ effect, sid, services, withCondition }) => {
    const useConditions = withCondition && services.length === 1;
    const pool = services.flatMap((s) => ACTIONS[s] ?? []);
    return fc
      .record({
        Action: stringOrList(
          fc.shuffledSubarray(pool, { minLength: 1, maxLength: Math.min(4, pool.length) }),
        ),
        Resource: stringOrList(fc.subarray(RESOURCES, { minLength: 1, maxLength: 3 })),
        Condition: useConditions ? condition : fc.constant(undefined),
        order: fc.shuffledSubarray(['Sid', 'Effect', 'Action', 'Resource', 'Condition'], {
          minLength: 5,
        }),
      })
      .map(({ order, ...fields }) => {
        const all: Record<string, unknown> = { Sid: sid, Effect: effect, ...fields };
        const out: Record<string, unknown> = {};
        for (const key of order) if (all[key] !== undefined) out[key] = all[key];
        return out;
      });
  });

const policyDocument = fc
  .record({ statements: fc.array(statement, { maxLength: 4 }), single: fc.boolean() })
  .map(({ statements, single }) => ({
    Version: '2012-10-17',
    Statement: single && statements.length === 1 ? statements[0] : statements,
  }));

interface RequestCase {
  action: string;
  resource: string;
  team?: string;
  secure: boolean;
  prefix?: string;
  maxKeys?: number;
}

const request: fc.Arbitrary<RequestCase> = fc.record({
  action: fc.constantFrom(...CONCRETE),
  resource: fc.constantFrom(...RESOURCES.slice(1)),
  team: fc.option(fc.constantFrom('blue', 'red'), { nil: undefined }),
  secure: fc.boolean(),
  prefix: fc.option(fc.constantFrom('home/a', 'pub/'), { nil: undefined }),
  maxKeys: fc.option(fc.constantFrom(5, 50, 500), { nil: undefined }),
});

function decision(document: object, r: RequestCase): EvalDecision {
  const context: Record<string, ContextValue> = { 'aws:SecureTransport': r.secure };
  if (r.prefix !== undefined) context['s3:prefix'] = r.prefix;
  if (r.maxKeys !== undefined) context['s3:max-keys'] = r.maxKeys;
  return evaluateRequest({
    principal: {
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      tags: r.team === undefined ? {} : { team: r.team },
    },
    action: r.action,
    resource: r.resource,
    context,
    identityPolicies: [{ document }],
  }).decision;
}

/** Every block as its own statement, as the editor writes blocks once they are edited. */
function splitDocument(document: object): object {
  const read = toVisualModel(document);
  if (!read.ok) throw new Error(read.reason);
  const blocks = read.model.blocks.map(({ origin: _origin, ...block }) => block);
  return toPolicyDocument({ ...read.model, blocks });
}

describe('property: the visual model keeps a policy’s meaning', () => {
  it('an untouched document comes back exactly', () => {
    fc.assert(
      fc.property(policyDocument, (document) => {
        const read = toVisualModel(document);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(JSON.stringify(toPolicyDocument(read.model))).toBe(JSON.stringify(document));
      }),
      { numRuns: 300 },
    );
  });

  it('summaries and decisions agree across the round trip, untouched and split into blocks', () => {
    fc.assert(
      fc.property(
        policyDocument,
        fc.array(request, { minLength: 5, maxLength: 15 }),
        (document, requests) => {
          const read = toVisualModel(document);
          if (!read.ok) throw new Error(read.reason);
          const back = toPolicyDocument(read.model);
          const split = splitDocument(document);
          const summary = summarizePolicy(document, catalog);
          expect(summarizePolicy(back, catalog)).toEqual(summary);
          expect(summarizePolicy(split, catalog)).toEqual(summary);
          for (const r of requests) {
            const expected = decision(document, r);
            expect(decision(back, r)).toBe(expected);
            expect(decision(split, r)).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
