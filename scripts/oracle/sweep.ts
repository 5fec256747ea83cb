// A larger differential sweep against @cloud-copilot/iam-simulate (AGPL: a test oracle, run here
// only, never imported from src/). Generated requests avoid the known differences listed in
// src/iam/evaluate/EVALUATOR.md; the sweep prints how many cases agreed and shows a few that did not.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { evaluateRequest, type AuthorizationRequest } from '../../src/iam';

const A = '123456789012';
const B = '210987654321';
const DECISION: Record<string, string> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny',
};

interface Case {
  principal: { arn: string; id: string; roleArn?: string; tags?: Record<string, string> };
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
  identity: object[];
  resourcePolicy?: object;
  boundary?: object;
  session?: object;
  scp?: object;
}

const statement = (withPrincipal: fc.Arbitrary<unknown> | null) =>
  fc
    .record({
      Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      not: fc.constantFrom(false, false, false, true),
      Action: fc.array(
        fc.constantFrom(
          '*',
          's3:*',
          's3:Get*',
          's3:GetObject',
          's3:List*',
          's3:PutObject',
          'ec2:*',
          'ec2:Stop*',
          'ec2:Describe*',
          'iam:Get*',
        ),
        { minLength: 1, maxLength: 3 },
      ),
      Resource: fc.array(
        fc.constantFrom(
          '*',
          'arn:aws:s3:::bucket-a/*',
          'arn:aws:s3:::bucket-a',
          'arn:aws:s3:::*',
          'arn:aws:s3:::bucket-?/*',
          'arn:aws:ec2:*:*:instance/*',
          'arn:aws:s3:::bucket-a/home/${aws:username}/*',
          `arn:aws:iam::${A}:user/\${aws:username}`,
        ),
        { minLength: 1, maxLength: 2 },
      ),
      Condition: fc.constantFrom(
        undefined,
        undefined,
        { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
        { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } },
        { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        { StringLike: { 'aws:PrincipalTag/team': 'bl*' } },
        { StringEquals: { 'aws:RequestedRegion': '${aws:PrincipalTag/region}' } },
        { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } },
        { Null: { 'aws:SourceVpc': 'true' } },
        { StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } },
        { StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } },
        { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } },
        { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/al*' } },
      ),
      principal: withPrincipal ?? fc.constant(undefined),
    })
    .map(({ not, Action, Resource, Condition, principal, Effect }) => {
      const s: Record<string, unknown> = {
        Effect,
        [not ? 'NotAction' : 'Action']: Action,
        Resource,
      };
      if (Condition) s.Condition = Condition;
      if (principal !== undefined) s.Principal = principal;
      return s;
    });
const doc = (withPrincipal: fc.Arbitrary<unknown> | null) =>
  fc
    .array(statement(withPrincipal), { minLength: 1, maxLength: 4 })
    .map((Statement) => ({ Version: '2012-10-17', Statement }));

const who = [
  { arn: `arn:aws:iam::${A}:user/alice`, id: 'AIDAALICE' },
  {
    arn: `arn:aws:sts::${A}:assumed-role/Dev/s1`,
    id: 'AROADEV:s1',
    roleArn: `arn:aws:iam::${A}:role/Dev`,
  },
  { arn: `arn:aws:iam::${B}:user/bob`, id: 'AIDABOB' },
];
const requests = [
  ['s3:GetObject', 'arn:aws:s3:::bucket-a/home/alice/x.txt'],
  ['s3:PutObject', 'arn:aws:s3:::bucket-a/k'],
  ['s3:ListBucket', 'arn:aws:s3:::bucket-a'],
  ['s3:ListAllMyBuckets', '*'],
  ['ec2:StopInstances', `arn:aws:ec2:us-east-1:${A}:instance/i-1`],
  ['ec2:DescribeInstances', '*'],
] as const;
// Principals that stay clear of the known differences (no "*" grants, no NotPrincipal).
const principals = fc.constantFrom(
  { AWS: A },
  { AWS: B },
  { AWS: `arn:aws:iam::${A}:root` },
  { AWS: `arn:aws:iam::${A}:user/alice` },
  { AWS: `arn:aws:iam::${B}:user/bob` },
  { AWS: `arn:aws:iam::${A}:role/Dev` },
);

const cases: fc.Arbitrary<Case> = fc
  .record({
    p: fc.integer({ min: 0, max: who.length - 1 }),
    r: fc.integer({ min: 0, max: requests.length - 1 }),
    identity: fc.array(doc(null), { maxLength: 3 }),
    resourcePolicy: fc.option(doc(principals), { nil: undefined }),
    boundary: fc.option(doc(null), { nil: undefined }),
    session: fc.option(doc(null), { nil: undefined }),
    scp: fc.option(doc(null), { nil: undefined }),
  })
  .map(({ p, r, identity, resourcePolicy, boundary, session, scp }) => {
    const principal = {
      ...(who[p] as Case['principal']),
      tags: { team: 'blue', region: 'us-east-1' },
    };
    const [action, resource] = requests[r] as readonly [string, string];
    const onS3 = action.startsWith('s3:') && resource !== '*';
    return {
      principal,
      action,
      resource,
      context: {
        'aws:RequestedRegion': 'us-east-1',
        'aws:SourceIp': '10.1.2.3',
        'aws:MultiFactorAuthPresent': 'false',
        'aws:CurrentTime': '2026-11-22T06:00:00Z',
        'aws:PrincipalTag/team': 'blue',
        'aws:PrincipalTag/region': 'us-east-1',
        'aws:PrincipalArn': principal.roleArn ?? principal.arn,
        'aws:PrincipalAccount': principal.arn.split(':')[4] as string,
        'aws:userid': principal.id,
        ...(principal.roleArn ? {} : { 'aws:username': principal.arn.split('/').pop() as string }),
      },
      identity,
      resourcePolicy: onS3 ? resourcePolicy : undefined,
      boundary,
      session: principal.roleArn ? session : undefined,
      scp: principal.arn.includes(B) ? undefined : scp,
    };
  });

async function oracle(c: Case): Promise<string | undefined> {
  try {
    const result = await runSimulation(
      {
        request: {
          principal: c.principal.arn,
          action: c.action,
          resource: { resource: c.resource, accountId: A },
          contextVariables: c.context,
        },
        identityPolicies: c.identity.map((policy, k) => ({ name: `p${k}`, policy })),
        serviceControlPolicies: c.scp
          ? [{ orgIdentifier: 'ou', policies: [{ name: 'scp', policy: c.scp }] }]
          : [],
        resourceControlPolicies: [],
        resourcePolicy: c.resourcePolicy,
        permissionBoundaryPolicies: c.boundary ? [{ name: 'pb', policy: c.boundary }] : undefined,
        sessionPolicy: c.session,
      },
      {},
    );
    if (result.resultType !== 'single') return undefined;
    return DECISION[result.result.analysis.result];
  } catch {
    return undefined;
  }
}

/** A generated case as the engine's request. */
export function toRequest(c: Case): AuthorizationRequest {
  const request: AuthorizationRequest = {
    principal: c.principal,
    action: c.action,
    resource: c.resource,
    resourceAccount: A,
    context: c.context,
    identityPolicies: c.identity.map((document) => ({ document })),
  };
  if (c.resourcePolicy) request.resourcePolicy = { document: c.resourcePolicy, type: 'resource' };
  if (c.boundary) request.permissionsBoundary = { document: c.boundary };
  if (c.session) request.sessionPolicies = [{ document: c.session }];
  if (c.scp) request.serviceControlPolicies = [[{ document: c.scp }]];
  return request;
}

function ours(c: Case): string {
  return evaluateRequest(toRequest(c)).decision;
}

/** `numRuns` fixed-seed generated requests (identity, resource, boundary, session and SCP mixes). */
export function sampleRequests(numRuns: number, seed = 20261122): AuthorizationRequest[] {
  return fc.sample(cases, { numRuns, seed }).map(toRequest);
}

/** Runs `numRuns` fixed-seed generated requests through both evaluators and compares decisions. */
export async function runSweep(numRuns: number, seed = 20261122) {
  let agreed = 0;
  let skipped = 0;
  const differing: Array<{ c: Case; ours: string; theirs: string }> = [];
  for (const c of fc.sample(cases, { numRuns, seed })) {
    const theirs = await oracle(c);
    if (!theirs) {
      skipped++;
      continue;
    }
    const mine = ours(c);
    if (mine === theirs) agreed++;
    else differing.push({ c, ours: mine, theirs });
  }
  return { agreed, skipped, differing };
}
