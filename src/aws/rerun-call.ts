// "Re-run now": evaluates a recorded request again against today's policies. Same principal,
// action, resource and stored context; the policies (identity, boundary, SCPs, and the resource
// policy: the bucket policy for S3 ARNs, the trust policy for sts:AssumeRole on a role) as they
// are now. A lab tool over the engine: nothing is authorized, recorded or written.

import {
  evaluateRequest,
  type AuthorizationRequest,
  type EvalDecision,
  type Evaluation,
  type PolicyInput,
} from '@/iam';
import { readBucket } from '@/storage/buckets';
import { readTx } from '@/storage/db';
import type { LabReadTx } from '@/storage/schema';
import { readRole } from '@/storage/roles';
import type { CallRecord } from '@/storage/types';
import { AwsError } from './aws-error';
import { roleSessionCaller, rootCaller, userCaller, type Caller } from './caller';
import {
  loadAttachedAwsCatalog,
  resolveCaller,
  toBoundaryInput,
  toPolicyInputs,
} from './identity-policies';
import { readScpLevels } from './organization-scps';

export type RerunResult =
  | {
      status: 'evaluated';
      /** The recorded decision; undefined when the call failed before it was authorized. */
      recorded?: EvalDecision;
      evaluation: Evaluation;
      request: AuthorizationRequest;
      /** The answer differs from the recorded one. */
      changed: boolean;
    }
  /** The principal can no longer make requests (its user or role was deleted). */
  | { status: 'principal-gone'; message: string };

/** The caller a recorded principal ARN stands for, or undefined for one the lab cannot act as. */
export async function callerOfRecord(tx: LabReadTx, call: CallRecord): Promise<Caller | undefined> {
  if (call.principalType === 'Root') return rootCaller();
  if (call.principalType === 'IAMUser') {
    return userCaller(
      call.userName ?? call.principalArn.slice(call.principalArn.lastIndexOf('/') + 1),
    );
  }
  // arn:aws:sts::<acct>:assumed-role/<role>/<session>
  const [, roleName, sessionName] = call.principalArn.split('/');
  if (!roleName || !sessionName) return undefined;
  const role = await readRole(tx, roleName);
  if (!role) return undefined;
  const issued = call.context['aws:TokenIssueTime'];
  return roleSessionCaller(
    roleName,
    role.arn,
    sessionName,
    typeof issued === 'string' ? issued : call.time,
  );
}

/** The resource-based policy in force now for the request's action and resource. */
async function resourcePolicyNow(
  tx: LabReadTx,
  action: string,
  resource: string,
): Promise<PolicyInput | undefined> {
  const s3 = /^arn:aws:s3:::([^/]+)/.exec(resource);
  if (s3?.[1]) {
    const bucket = await readBucket(tx, s3[1]);
    return bucket?.policy
      ? { document: bucket.policy, type: 'resource', name: 'Bucket policy' }
      : undefined;
  }
  const role = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(resource);
  if (role?.[1] && /^sts:AssumeRole/i.test(action)) {
    const found = await readRole(tx, role[1]);
    return {
      document:
        found?.arn === resource
          ? found.assumeRolePolicyDocument
          : '{"Version":"2012-10-17","Statement":[]}',
      type: 'trust',
      name: 'Trust policy',
    };
  }
  return undefined;
}

/** Evaluates the recorded request as if it were made now, and says whether the answer changed. */
export async function rerunCall(call: CallRecord): Promise<RerunResult> {
  const gone = {
    status: 'principal-gone' as const,
    message: `${call.principalArn} no longer exists, so its credentials no longer work.`,
  };
  const catalog = call.principalType === 'Root' ? new Map() : await loadAttachedAwsCatalog();
  const found = await readTx(async (tx) => {
    const caller = await callerOfRecord(tx, call);
    if (!caller) return undefined;
    try {
      const resolved = await resolveCaller(tx, catalog, caller);
      const scpLevels = await readScpLevels(tx);
      const resourcePolicy = await resourcePolicyNow(tx, call.action, call.resource);
      return { resolved, scpLevels, resourcePolicy };
    } catch (err) {
      if (err instanceof AwsError && err.code === 'InvalidClientTokenId') return undefined;
      throw err;
    }
  });
  if (!found) return gone;
  const { resolved, scpLevels, resourcePolicy } = found;
  // The same request the call sent (call.ts builds it this way), with today's policies.
  const request: AuthorizationRequest = {
    principal: resolved.principal,
    action: call.action,
    resource: call.resource,
    context: { ...call.context },
    identityPolicies: toPolicyInputs(resolved.policies, resolved.kind),
  };
  if (resolved.boundary) request.permissionsBoundary = toBoundaryInput(resolved.boundary);
  if (resourcePolicy) request.resourcePolicy = resourcePolicy;
  if (call.eventSource !== 'organizations.amazonaws.com' && !resolved.role?.serviceLinkedService) {
    request.serviceControlPolicies = scpLevels;
  }
  const evaluation = evaluateRequest(request);
  return {
    status: 'evaluated',
    ...(call.decision && { recorded: call.decision }),
    evaluation,
    request,
    changed: call.decision !== undefined && call.decision !== evaluation.decision,
  };
}
