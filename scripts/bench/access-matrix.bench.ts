// Workload (c) of issue 2: an access matrix of 100 principals, each with 3–6 policies drawn from 20
// shared ones (some with a boundary), × every S3 and EC2 action in the catalog, each against a
// representative ARN of its first resource type or "*". Catalog already loaded; one thread.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  evaluateRequest,
  loadServiceCatalog,
  resourceArnFor,
  type AuthorizationRequest,
  type PolicyInput,
} from '../../src/iam';

const ACCOUNT = '123456789012';
const statement = (effect: string, action: string | string[], resource = '*', extra = {}) => ({
  Effect: effect,
  Action: action,
  Resource: resource,
  ...extra,
});

// The 20 shared policies; each call makes new objects, so a new matrix compiles everything afresh.
const sharedPolicies = (): PolicyInput[] =>
  Array.from({ length: 20 }, (_, k) => ({
    name: `shared-${k}`,
    document: {
      Version: '2012-10-17',
      Statement: [
        statement('Allow', k % 2 ? 's3:Get*' : 'ec2:Describe*'),
        statement(
          'Allow',
          ['s3:List*', 'ec2:StartInstances'],
          k % 3 ? '*' : `arn:aws:s3:::bucket-${k}`,
        ),
        statement('Deny', `ec2:Terminate*`, '*', {
          Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } },
        }),
        statement(
          'Allow',
          k % 4 ? 's3:Put*' : 'ec2:*',
          `arn:aws:s3:::home-${k}/\${aws:username}/*`,
        ),
      ],
    },
  }));
const boundaryPolicy = (): PolicyInput => ({
  name: 'boundary',
  document: { Version: '2012-10-17', Statement: [statement('Allow', ['s3:*', 'ec2:Describe*'])] },
});

interface Cell {
  action: string;
  resource: string;
}

// The trace each cell keeps: 'none' is what an access matrix asks for (a cell shows the decision
// and its decisive statements); 'all', the default, keeps every statement's trace as well.
const traceArg = process.argv[2];
const trace = traceArg === 'none' || traceArg === 'matched' ? traceArg : 'all';

/** One whole matrix over new policy objects: its time and how many cells were allowed. */
function matrix(actions: Cell[]): { ms: number; allowed: number } {
  const shared = sharedPolicies();
  const boundary = boundaryPolicy();
  const principals = Array.from({ length: 100 }, (_, p) => {
    const count = 3 + (p % 4);
    const identityPolicies = Array.from(
      { length: count },
      (_, j) => shared[(p * 7 + j * 3) % 20] as PolicyInput,
    );
    return {
      principal: { arn: `arn:aws:iam::${ACCOUNT}:user/user-${p}`, id: `AIDA${p}` },
      identityPolicies,
      permissionsBoundary: p % 5 === 0 ? boundary : undefined,
    };
  });
  let allowed = 0;
  const t0 = performance.now();
  for (const pr of principals) {
    for (const a of actions) {
      const request: AuthorizationRequest = {
        principal: pr.principal,
        identityPolicies: pr.identityPolicies,
        permissionsBoundary: pr.permissionsBoundary,
        action: a.action,
        resource: a.resource,
      };
      if (evaluateRequest(request, { trace }).decision === 'allowed') allowed++;
    }
  }
  return { ms: performance.now() - t0, allowed };
}

{
  const catalog = await loadServiceCatalog({ services: ['s3', 'ec2'] });
  const values = { Region: 'us-east-1', Account: ACCOUNT, BucketName: 'bucket-1', ObjectName: 'k' };
  const actions = ['s3', 'ec2'].flatMap((svc) =>
    catalog.actionsOf(svc).map((a) => {
      const action = `${svc}:${a.name}`;
      const arn = resourceArnFor(action, values, catalog, { pick: 'first' });
      return { action, resource: arn?.arn ?? '*' };
    }),
  );
  // The first matrix in this process: nothing compiled yet and the JIT cold. The target is for it.
  const first = matrix(actions);
  // Then matrices over new policy objects (every policy, set and plan is built again) in a process
  // that has evaluated requests before, as in a console that has been in use.
  const again = Array.from({ length: 5 }, () => matrix(actions).ms).sort((a, b) => a - b);
  const cells = 100 * actions.length;
  console.log(
    `(c) access matrix, trace '${trace}': 100 × ${actions.length} = ${cells} evaluations (${first.allowed} allowed): ` +
      `first run ${first.ms.toFixed(0)} ms (target < 250 ms); later runs over new policies: ` +
      `median ${again[2]?.toFixed(0)} ms, best ${again[0]?.toFixed(0)} ms; ` +
      `load average ${loadavg()[0]?.toFixed(1)}`,
  );
}
