// A few thousand evaluations the access matrix's worker runs as it starts, while the page reads the
// account: the engine's hot paths are compiled before the real job arrives. Measured on the e2e
// lab's job (100 × 1,006 cells, Node 20): 524 ms cold; 296 ms after a 5,000-evaluation warm-up
// that itself took 47 ms. The policies are made up; no answer is kept.
import { evaluateRequest, type PolicyInput } from '@/iam';

const SERVICES = ['s3', 'ec2', 'iam', 'sts', 'lambda'];
const VERBS = ['Get', 'List', 'Put', 'Delete', 'Describe', 'Create', 'Start', 'Stop', 'Tag'];

const doc = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

// The shapes a lab's policies take: wildcard actions, an explicit deny, NotAction, a condition.
const POLICIES: PolicyInput[] = [
  {
    name: 'WarmUpRead',
    type: 'aws-managed',
    document: doc([{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }]),
  },
  {
    name: 'WarmUpCompute',
    type: 'inline-user',
    document: doc([
      { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
      { Effect: 'Deny', Action: 'ec2:Delete*', Resource: '*' },
    ]),
  },
  {
    name: 'WarmUpPower',
    type: 'aws-managed',
    document: doc([
      { Effect: 'Allow', NotAction: ['iam:*', 'sts:*'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:Get*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ]),
  },
];

/** Runs about `evaluations` made-up requests through the engine; returns how many it ran. */
export function warmUpEngine(evaluations = 5000): number {
  const actions = SERVICES.flatMap((s) => VERBS.map((v) => `${s}:${v}Resource`));
  let done = 0;
  for (let p = 0; done < evaluations; p++) {
    const principal = {
      arn: `arn:aws:iam::123456789012:user/warm-up-${p % 8}`,
      id: `AIDAWARMUP${p % 8}`,
      tags: {},
    };
    const identityPolicies = POLICIES.slice(0, 1 + (p % POLICIES.length));
    for (const action of actions) {
      evaluateRequest({ principal, action, resource: '*', identityPolicies }, { trace: 'none' });
      if (++done >= evaluations) break;
    }
  }
  return done;
}
