// Test support: the fuzz cases of issue 8 ("parse, validate, evaluate and summarize never throw or
// hang") as fast-check arbitraries, and the one function that runs a case through every public
// step of the engine. Shared by the bounded properties in `npm test` and the 100,000-case fuzz
// script of `npm run bench`. Nothing here ships: only tests and scripts import it.
import fc from 'fast-check';
import { parsePolicy } from '../parse/parse-policy';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { denialMessage } from '../explain/denial-message';
import {
  authorizationMessage,
  decodeAuthorizationMessage,
  encodeAuthorizationMessage,
} from '../explain/authorization-message';
import { closestStatements } from '../explain/closest-statements';
import { decisionInWords } from '../explain/plain-words';
import { policyWithStatement, statementText } from '../explain/statement-text';
import { summarizeEvaluation, traceOf } from '../explain/summarize-evaluation';
import { misconceptionTags } from '../explain/misconceptions';
import {
  validatePolicy,
  validatePolicyDocument,
  validatePolicyText,
} from '../validate/validate-policy';
import { isPublicBucketPolicy } from '../validate/public-policy';
import {
  loadManagedPolicies,
  loadManagedPolicyDocuments,
  loadManagedPolicyIndex,
} from '../catalog/managed-policies';
import { summarizePolicy } from '../catalog/summary/summarize-policy';
import { servicesInPolicy } from '../catalog/summary/services-for-summary';
import type {
  AuthorizationRequest,
  ContextValue,
  EvalDecision,
  PolicyInput,
  PolicyKind,
  ServiceCatalog,
} from '../types';
import { mutatedPolicy } from './mutate-policy';

/** Where the fuzzed policy sits in the request. */
export type FuzzSlot = 'identity' | 'boundary' | 'scp' | 'resource' | 'trust' | 'session';

/** One fuzz case: a policy (as text, or as the object it parses to) and a request around it. */
export interface PolicyFuzzCase {
  /** Where the text came from: 'text', 'json' or 'mutated'. */
  origin: string;
  text: string;
  asObject: boolean;
  kind: PolicyKind;
  slot: FuzzSlot;
  action: string;
  resource: string;
  principalArn: string;
  context: Record<string, ContextValue>;
  predicted: EvalDecision;
  /** The cheaper trace option the case is also evaluated with. */
  trace: 'matched' | 'none';
}

const KINDS: PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp'];
const SLOTS: FuzzSlot[] = ['identity', 'boundary', 'scp', 'resource', 'trust', 'session'];
const DECISIONS: EvalDecision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

const ACTIONS = [
  's3:GetObject',
  's3:ListBucket',
  'ec2:DescribeInstances',
  'iam:PassRole',
  'sts:AssumeRole',
  'S3:getobject',
  '*',
  '',
  ':',
  'a:b:c',
];
const RESOURCES = [
  '*',
  '',
  'arn:aws:s3:::bucket/key',
  'arn:aws:s3:::bucket',
  'arn:aws:iam::123456789012:role/r',
  'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
  'arn:aws:s3:::${aws:username}/*',
  'arn',
];
const PRINCIPALS = [
  'arn:aws:iam::123456789012:user/user-1',
  'arn:aws:iam::123456789012:root',
  'arn:aws:sts::123456789012:assumed-role/r/s',
  'arn:aws:iam::999999999999:user/other',
  '',
  'not-an-arn',
];
const CONTEXT_KEYS = [
  'aws:SourceIp',
  'aws:username',
  'aws:CurrentTime',
  'aws:MultiFactorAuthPresent',
  'aws:PrincipalTag/team',
  'aws:ResourceTag/env',
  's3:prefix',
  '__proto__',
  'constructor',
];

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('${aws:username}', '${', '*', '?', '10.0.0.0/8', '2020-01-01T00:00:00Z', 'true'),
);
const contextValue: fc.Arbitrary<ContextValue> = fc.oneof(
  oddText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(oddText, fc.integer(), fc.boolean()), { maxLength: 4 }),
);

/** The request around the policy: known and arbitrary actions, resources, principals and context. */
const requestParts = fc.record({
  kind: fc.constantFrom(...KINDS),
  slot: fc.constantFrom(...SLOTS),
  asObject: fc.boolean(),
  action: fc.oneof(fc.constantFrom(...ACTIONS), oddText),
  resource: fc.oneof(fc.constantFrom(...RESOURCES), oddText),
  principalArn: fc.oneof(fc.constantFrom(...PRINCIPALS), oddText),
  context: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...CONTEXT_KEYS), oddText), contextValue), {
      maxLength: 4,
    })
    .map((entries) => Object.fromEntries(entries)),
  trace: fc.constantFrom<'matched' | 'none'>('matched', 'none'),
  predicted: fc.constantFrom(...DECISIONS),
});

/**
 * Real documents to mutate: the featured AWS managed policies and every `step`-th one of the
 * index, each under 10,000 characters (ReadOnlyAccess, 91 KB, takes ~0.5 s to validate; its speed
 * is bench workload (b)'s subject, and 100,000 cases of it would take hours).
 */
export async function loadFuzzSeeds(step = 0): Promise<object[]> {
  const featured = (await loadManagedPolicies()).map((p) => p.document);
  const names =
    step > 0
      ? (await loadManagedPolicyIndex()).filter((_, i) => i % step === 0).map((p) => p.name)
      : [];
  const more = [...(await loadManagedPolicyDocuments(names)).values()];
  return [...featured, ...more].filter((d) => JSON.stringify(d).length < 10_000);
}

/** Policy text: arbitrary text, arbitrary JSON, or a mutated real policy. */
export function policyTextArbitrary(
  seeds: readonly object[],
): fc.Arbitrary<{ origin: string; text: string }> {
  const sources: fc.Arbitrary<{ origin: string; text: string }>[] = [
    fc
      .oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }))
      .map((text) => ({ origin: 'text', text })),
    fc
      .jsonValue({ maxDepth: 5 })
      .map((value) => ({ origin: 'json', text: JSON.stringify(value) ?? 'null' })),
  ];
  if (seeds.length > 0) {
    const mutated = mutatedPolicy(seeds).map((text) => ({ origin: 'mutated', text }));
    // Mutated real policies reach the deepest code, so they get half the cases.
    return fc.oneof(
      { arbitrary: sources[0]!, weight: 1 },
      { arbitrary: sources[1]!, weight: 1 },
      {
        arbitrary: mutated,
        weight: 2,
      },
    );
  }
  return fc.oneof(...sources);
}

/** Fuzz cases over the given real policies (their documents), for runPolicyFuzzCase. */
export function policyFuzzCase(seeds: readonly object[]): fc.Arbitrary<PolicyFuzzCase> {
  return fc
    .tuple(policyTextArbitrary(seeds), requestParts)
    .map(([{ origin, text }, parts]) => ({ origin, text, ...parts }));
}

function requestFor(c: PolicyFuzzCase): AuthorizationRequest {
  let document: string | object = c.text;
  if (c.asObject) {
    try {
      const value: unknown = JSON.parse(c.text);
      if (value && typeof value === 'object') document = value;
    } catch {
      // Not JSON: the engine gets the text.
    }
  }
  const policy: PolicyInput = {
    document,
    name: 'fuzzed',
    arn: 'arn:aws:iam::123456789012:policy/f',
  };
  const allowAll: PolicyInput = {
    document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } },
    name: 'allow-all',
  };
  const request: AuthorizationRequest = {
    principal: { arn: c.principalArn, id: 'AIDAFUZZ' },
    action: c.action,
    resource: c.resource,
    context: c.context,
    identityPolicies: c.slot === 'identity' ? [policy, allowAll] : [allowAll],
  };
  if (c.slot === 'boundary') request.permissionsBoundary = policy;
  if (c.slot === 'scp') request.serviceControlPolicies = [[allowAll], [policy]];
  if (c.slot === 'resource') request.resourcePolicy = { ...policy, type: 'resource' };
  if (c.slot === 'trust') request.resourcePolicy = { ...policy, type: 'trust' };
  if (c.slot === 'session') request.sessionPolicies = [policy];
  return request;
}

/**
 * Runs one case through every public step: parse, validate (text and document), evaluate, and every
 * explanation of the evaluation. Throws when a step throws, or when the evaluator had to fall back
 * on its own catch-all (a hidden exception), or when an answer is malformed.
 */
export function runPolicyFuzzCase(c: PolicyFuzzCase, catalog: ServiceCatalog): void {
  const parsed = parsePolicy(c.text);
  if (parsed.ok) {
    if (!c.asObject) {
      const v = validatePolicy(parsed.policy, c.kind, catalog);
      if (!Array.isArray(v.errors) || !Array.isArray(v.findings)) throw new Error('no findings');
    }
    summarizePolicy(parsed.policy.value, catalog);
    servicesInPolicy(parsed.policy.value);
  } else if (parsed.errors.length === 0) throw new Error('parse failed without an error');
  else if (validatePolicyText(c.text, c.kind, catalog).errors.length === 0)
    throw new Error('text that is not JSON passed validation');
  const request = requestFor(c);
  const slotPolicy =
    c.slot === 'identity'
      ? request.identityPolicies[0]
      : c.slot === 'scp'
        ? request.serviceControlPolicies?.[1]?.[0]
        : c.slot === 'session'
          ? request.sessionPolicies?.[0]
          : c.slot === 'boundary'
            ? request.permissionsBoundary
            : request.resourcePolicy;
  // A document given as an object is validated as its JSON text (the text itself was above).
  if (slotPolicy && typeof slotPolicy.document === 'object')
    validatePolicyDocument(slotPolicy.document, c.kind, catalog);
  if (slotPolicy) isPublicBucketPolicy(slotPolicy.document);
  for (const trace of ['all', c.trace] as const) {
    const evaluation = evaluateRequest(request, { trace });
    const fault = evaluation.problems?.find((p) =>
      p.startsWith('The request could not be evaluated'),
    );
    if (fault) throw new Error(fault);
    if (!DECISIONS.includes(evaluation.decision)) throw new Error('no decision');
    if (trace !== 'all') continue;
    summarizeEvaluation(evaluation, request);
    denialMessage(evaluation, request);
    denialMessage(evaluation, request, { style: 's3' });
    const encoded = encodeAuthorizationMessage(evaluation, request);
    if (!decodeAuthorizationMessage(encoded))
      throw new Error('the encoded message does not decode');
    authorizationMessage(evaluation, request);
    const closest = closestStatements(evaluation);
    decisionInWords(evaluation);
    misconceptionTags(evaluation, request, c.predicted);
    for (const ref of evaluation.trace) traceOf(evaluation, ref);
    // The statements an explanation shows: the decisive ones and the closest misses.
    for (const ref of [...evaluation.decisiveStatements, ...closest.map((s) => s.statement)]) {
      statementText(ref, request);
      policyWithStatement(ref, request);
    }
  }
  decodeAuthorizationMessage(c.text);
}
