// Runs one simulated API call as a caller: authorizes each action through the engine, lets the
// operation read or write storage, and writes one call record per authorization afterwards.

import {
  summarizeEvaluation,
  type AuthorizationRequest,
  type ContextValue,
  type Evaluation,
  type PolicyInput,
} from '@/iam';
import { readTx, writeTx } from '@/storage/db';
import { LAB_REGION } from '@/storage/lab-constants';
import { writeCalls } from '@/storage/logs';
import type { ChangeMeta } from '@/storage/record-store';
import type { CallRecord, PrincipalType } from '@/storage/types';
import { AwsError } from './aws-error';
import type { AnyCaller, Caller } from './caller';
import { nowMs } from './clock';
import { allows, decide, type ServicePrefix } from './engine';
import { currentLearnerAction } from './learner-action';
import { readScpLevels } from './organization-scps';
import { applyRequestContext, loadSettings } from './request-context';
import {
  loadAttachedAwsCatalog,
  resolveCaller,
  toBoundaryInput,
  toPolicyInputs,
  type ResolvedCaller,
} from './identity-policies';

export interface CallSpec {
  service: ServicePrefix;
  /** The API operation: "CreateUser". */
  operation: string;
  /** The action and resource recorded when the call fails before anything is authorized. */
  action: string;
  resource: string;
  /** The region the request is sent to (aws:RequestedRegion); the lab's home region when absent. */
  region?: string;
}

export interface AuthorizeSpec {
  action: string;
  resource: string;
  /** The API operation this authorization stands for, when not the call's own (wizards). */
  operation?: string;
  context?: Record<string, ContextValue>;
  /** A resource-based policy: a bucket policy, or a role's trust policy (type 'trust'). */
  resourcePolicy?: PolicyInput;
  /** The account that owns the resource, when its ARN does not say (Organizations). */
  resourceAccount?: string;
}

export interface CallScope {
  /** Asks the engine; throws AccessDenied / UnauthorizedOperation when refused. */
  authorize(spec: AuthorizeSpec): Promise<Evaluation>;
  /** Asks the engine without throwing or recording (for optional columns of a list). */
  isAllowed(spec: AuthorizeSpec): Promise<boolean>;
  /** For change records. */
  readonly change: ChangeMeta;
  readonly time: string;
  readonly nowMs: number;
  readonly caller: AnyCaller;
}

const EVENT_SOURCE: Record<ServicePrefix, string> = {
  iam: 'iam.amazonaws.com',
  s3: 's3.amazonaws.com',
  ec2: 'ec2.amazonaws.com',
  sts: 'sts.amazonaws.com',
  organizations: 'organizations.amazonaws.com',
  cloudtrail: 'cloudtrail.amazonaws.com',
};

const PRINCIPAL_TYPE: Record<AnyCaller['kind'], PrincipalType> = {
  root: 'Root',
  user: 'IAMUser',
  'role-session': 'AssumedRole',
  anonymous: 'AWSAccount',
};

/** The keys a caller's credentials add: a role session's aws:TokenIssueTime. */
function callerContext(caller: AnyCaller): Record<string, ContextValue> {
  return caller.kind === 'role-session' ? { 'aws:TokenIssueTime': caller.issuedAt } : {};
}

/**
 * The address the lab's requests come from (aws:SourceIp): a documentation address (RFC 5737),
 * since the learner's browser has no real public IP to give.
 */
export const LAB_SOURCE_IP = '203.0.113.10';

/** The global condition keys every request carries. */
export function baseContext(ms: number, region = LAB_REGION): Record<string, ContextValue> {
  return {
    'aws:CurrentTime': new Date(ms).toISOString(),
    'aws:EpochTime': Math.floor(ms / 1000),
    'aws:RequestedRegion': region,
    'aws:SecureTransport': true,
    'aws:SourceIp': LAB_SOURCE_IP,
  };
}

/**
 * The keys a console session signed in with MFA adds (and a role it switched to): aws:MultiFactorAuthPresent and
 * aws:MultiFactorAuthAge (seconds since the MFA sign-in). Sessions without MFA leave both out, so
 * conditions on them need the ...IfExists operators, as with long-term credentials in AWS.
 */
export function mfaContext(caller: AnyCaller, ms: number): Record<string, ContextValue> {
  if (caller.kind !== 'user' && caller.kind !== 'role-session') return {};
  // A request signed with an access key carries no MFA of the console sign-in.
  if (!caller.mfa || caller.accessKeyId) return {};
  return {
    'aws:MultiFactorAuthPresent': true,
    'aws:MultiFactorAuthAge': Math.max(0, Math.floor((ms - caller.mfa.authenticatedAt) / 1000)),
  };
}

export async function runCall<T>(
  caller: AnyCaller,
  spec: CallSpec,
  body: (scope: CallScope) => Promise<T>,
): Promise<T> {
  // A learner action (predict mode) may hold the call until the learner has made a prediction.
  const learner = currentLearnerAction();
  const watcher = learner && (await learner.enterCall(caller, spec));
  const ms = nowMs();
  const region = spec.region ?? LAB_REGION;
  const time = new Date(ms).toISOString();
  // The request context panel's values, read once per call; its keys go under the call's own.
  const callContext = applyRequestContext(
    { ...baseContext(ms, region), ...callerContext(caller), ...mfaContext(caller, ms) },
    await readTx(loadSettings),
  );
  const records: CallRecord[] = [];
  let resolved: ResolvedCaller | undefined;
  let scpLevels: PolicyInput[][] | undefined;
  let inputs: { identity: PolicyInput[]; boundary?: PolicyInput } | undefined;

  const record = (fields: Partial<CallRecord> & Pick<CallRecord, 'action' | 'resource'>) => {
    const entry: CallRecord = {
      time,
      epochMs: ms,
      principalArn: caller.arn,
      principalType: PRINCIPAL_TYPE[caller.kind],
      eventSource: EVENT_SOURCE[spec.service],
      eventName: spec.operation,
      region,
      context: callContext,
      ...(caller.kind === 'user' && { userName: caller.userName }),
      ...(caller.accessKeyId && { accessKeyId: caller.accessKeyId }),
      ...(caller.userAgent && { userAgent: caller.userAgent }),
      ...fields,
    };
    records.push(entry);
    return entry;
  };

  const requestFor = async (authz: AuthorizeSpec): Promise<AuthorizationRequest> => {
    if (
      caller.kind === 'role-session' &&
      caller.expiration &&
      Date.parse(caller.expiration) <= ms
    ) {
      throw new AwsError('ExpiredToken', 'The security token included in the request is expired');
    }
    if (!resolved && caller.kind === 'anonymous') {
      // Nobody signed the request: no identity policies, no SCPs; the resource policy decides.
      resolved = { principal: {}, kind: 'user', policies: [] };
    }
    if (!resolved) {
      // Root needs no identity policy, so its calls never wait for the AWS managed catalog.
      // Invariant: an anonymous caller was resolved just above, so this one signed its request.
      const signed = caller as Caller;
      const catalog = signed.kind === 'root' ? new Map() : await loadAttachedAwsCatalog();
      [resolved, scpLevels] = await readTx(
        async (tx) => [await resolveCaller(tx, catalog, signed), await readScpLevels(tx)] as const,
      );
    }
    // The same policy objects for every request of the call: the engine keeps what it compiled
    // per object, so a list page's thousands of checks reuse one compiled policy set.
    inputs ??= {
      identity: toPolicyInputs(resolved.policies, resolved.kind),
      ...(resolved.boundary && { boundary: toBoundaryInput(resolved.boundary) }),
    };
    const request: AuthorizationRequest = {
      principal: resolved.principal,
      action: authz.action,
      resource: authz.resource,
      context: { ...callContext, ...authz.context },
      identityPolicies: inputs.identity,
    };
    if (inputs.boundary) request.permissionsBoundary = inputs.boundary;
    if (authz.resourcePolicy) request.resourcePolicy = authz.resourcePolicy;
    if (authz.resourceAccount) request.resourceAccount = authz.resourceAccount;
    // SCPs limit every principal of the account, root included, but not service-linked roles,
    // and not Organizations calls: the lab makes those as the management account (help panel).
    if (scpLevels && spec.service !== 'organizations' && !resolved.role?.serviceLinkedService) {
      request.serviceControlPolicies = scpLevels;
    }
    return request;
  };

  const scope: CallScope = {
    caller,
    time,
    nowMs: ms,
    change: { principalArn: caller.arn, operation: spec.operation, time },
    async authorize(authz) {
      const request = await requestFor(authz);
      const entry = record({
        action: authz.action,
        resource: authz.resource,
        eventName: authz.operation ?? spec.operation,
        context: request.context ?? {},
        ...(request.principal.id !== undefined && { principalId: request.principal.id }),
      });
      try {
        const evaluation = decide(spec.service, request);
        entry.decision = evaluation.decision;
        entry.explanation = summarizeEvaluation(evaluation, request);
        watcher?.decided(entry, evaluation, request);
        return evaluation;
      } catch (err) {
        if (err instanceof AwsError && err.evaluation) {
          entry.decision = err.evaluation.decision;
          entry.explanation = summarizeEvaluation(err.evaluation, request);
          watcher?.decided(entry, err.evaluation, request);
        }
        throw err;
      }
    },
    async isAllowed(authz) {
      return allows(await requestFor(authz));
    },
  };

  try {
    const result = await body(scope);
    await saveCalls(records);
    watcher?.finished(records);
    return result;
  } catch (err) {
    const failed = records.at(-1) ?? record({ action: spec.action, resource: spec.resource });
    failed.errorCode = err instanceof AwsError ? err.code : 'InternalFailure';
    failed.errorMessage = err instanceof Error ? err.message : String(err);
    for (const earlier of records.slice(0, -1)) earlier.rolledBack = true;
    await saveCalls(records);
    watcher?.finished(records);
    throw err;
  }
}

/** Logging must not turn a finished call into a failure, so a failed log write is only reported. */
async function saveCalls(records: readonly CallRecord[]): Promise<void> {
  if (records.length === 0) return;
  try {
    // Every call is logged, reads too: other tabs are not told (see WriteTxOptions.announce).
    await writeTx((tx) => writeCalls(tx, records), { announce: false });
  } catch (err) {
    console.error('Could not write the call records', err);
  }
}
