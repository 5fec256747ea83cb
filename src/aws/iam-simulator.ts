// The IAM policy simulator's API: SimulatePrincipalPolicy (a user's, group's or role's policies,
// each of which the learner may leave out) and SimulateCustomPolicy (pasted policies). Simulations
// change nothing and are evaluated by the same engine as every call; keys the learner does not
// give are missing, as in AWS's simulator (no aws:CurrentTime unless set).

import {
  evaluateRequest,
  parsePolicy,
  type AuthorizationRequest,
  type ContextValue,
  type EvalDecision,
  type Evaluation,
  type PolicyInput,
  type StatementRef,
} from '@/iam';
import { readTx } from '@/storage/db';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { AwsError } from './aws-error';
import { groupArn, roleArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { requireGroup } from './iam-groups';
import { requireRole } from './iam-roles';
import { requireUser } from './iam-users';
import {
  boundaryPolicy,
  groupPolicies,
  loadAttachedAwsCatalog,
  rolePolicies,
  toBoundaryInput,
  toPolicyInputs,
  userPolicies,
  type EffectivePolicy,
} from './identity-policies';
import { readScpLevels } from './organization-scps';

export type SimulationPrincipalKind = 'user' | 'group' | 'role';

export interface SimulationPrincipal {
  kind: SimulationPrincipalKind;
  name: string;
}

/** A policy in the simulator's Policies pane; `id` names it for "include or exclude". */
export interface SimulationPolicy extends EffectivePolicy {
  id: string;
}

export interface PrincipalPolicies {
  arn: string;
  policies: SimulationPolicy[];
  boundary?: SimulationPolicy;
}

/** The simulator's context entry types (SimulatePrincipalPolicy's ContextKeyType). */
export const CONTEXT_KEY_TYPES = [
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'booleanList',
  'ip',
  'ipList',
  'binary',
  'binaryList',
  'date',
  'dateList',
] as const;
export type ContextKeyType = (typeof CONTEXT_KEY_TYPES)[number];

export interface ContextEntry {
  contextKeyName: string;
  contextKeyType: ContextKeyType;
  contextKeyValues: string[];
}

export interface SimulationInput {
  actionNames: string[];
  /** Every action is simulated on each; "*" when empty. */
  resourceArns?: string[];
  /** A resource-based policy (a bucket policy), evaluated with the identity's policies. */
  resourcePolicy?: string;
  /** The account that owns the resource, when its ARN does not say (S3 ARNs carry no account). */
  resourceOwner?: string;
  contextEntries?: ContextEntry[];
}

export interface PrincipalSimulationInput extends SimulationInput {
  principal: SimulationPrincipal;
  /** The ids of the policies the learner unticked. */
  excludedPolicyIds?: string[];
  /** Whether the permissions boundary takes part (default yes, when there is one). */
  includeBoundary?: boolean;
  /** Whether the organization's SCPs take part (the console's "AWS Organizations SCPs"). */
  includeScps?: boolean;
}

export interface CustomSimulationInput extends SimulationInput {
  /** The policies of the "Policy Sandbox", as JSON text. */
  policyInputList: Array<{ name: string; document: string }>;
  permissionsBoundaryPolicyInputList?: string[];
  /** Who makes the simulated request; a user of the lab account by default. */
  callerArn?: string;
}

export interface SimulationResult {
  evalActionName: string;
  evalResourceName: string;
  evalDecision: EvalDecision;
  matchedStatements: StatementRef[];
  missingContextValues: string[];
  evaluation: Evaluation;
  request: AuthorizationRequest;
}

/** Where SimulateCustomPolicy's request comes from when no caller is given. */
export const DEFAULT_SIMULATION_CALLER = `arn:aws:iam::${LAB_ACCOUNT_ID}:user/SimulatedUser`;

function invalidInput(message: string): AwsError {
  return new AwsError('InvalidInput', message);
}

function contextValue(entry: ContextEntry): ContextValue {
  const { contextKeyName: key, contextKeyType: type, contextKeyValues: values } = entry;
  const list = type.endsWith('List');
  const base = list ? type.slice(0, -4) : type;
  const parsed = values.map((raw): string | number | boolean => {
    const value = raw.trim();
    if (base === 'numeric') {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n)) {
        throw invalidInput(`Invalid value '${raw}' for context key ${key} of type ${type}.`);
      }
      return n;
    }
    if (base === 'boolean') {
      if (!/^(true|false)$/i.test(value)) {
        throw invalidInput(`Invalid value '${raw}' for context key ${key} of type ${type}.`);
      }
      return value.toLowerCase() === 'true';
    }
    if (base === 'date' && Number.isNaN(Date.parse(value)) && !/^\d+$/.test(value)) {
      throw invalidInput(`Invalid value '${raw}' for context key ${key} of type ${type}.`);
    }
    return value;
  });
  if (!list && parsed.length !== 1) {
    throw invalidInput(`Context key ${key} of type ${type} takes exactly one value.`);
  }
  return list ? parsed : (parsed[0] as string | number | boolean);
}

/** The ContextEntries as the engine's request context; bad values fail as InvalidInput. */
export function toRequestContext(entries: readonly ContextEntry[]): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const entry of entries) {
    if (!entry.contextKeyName.trim()) continue;
    context[entry.contextKeyName.trim()] = contextValue(entry);
  }
  return context;
}

function checkActions(actionNames: readonly string[]): void {
  if (actionNames.length === 0) throw invalidInput('ActionNames must contain at least 1 action.');
  for (const action of actionNames) {
    if (!/^[a-z0-9-]+:[A-Za-z0-9*?]+$/.test(action)) {
      throw invalidInput(`Invalid action name: ${action}`);
    }
  }
}

interface Simulated {
  principalArn: string;
  identityPolicies: PolicyInput[];
  boundary?: PolicyInput;
  scps?: PolicyInput[][];
}

/** One result per action and resource, as the simulator's results table lists them. */
function simulate(base: Simulated, input: SimulationInput): SimulationResult[] {
  checkActions(input.actionNames);
  if (input.resourcePolicy?.trim() && !parsePolicy(input.resourcePolicy).ok) {
    throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  const context = toRequestContext(input.contextEntries ?? []);
  const resources = input.resourceArns?.filter((r) => r.trim()) ?? [];
  const results: SimulationResult[] = [];
  for (const action of input.actionNames) {
    for (const resource of resources.length > 0 ? resources : ['*']) {
      const request: AuthorizationRequest = {
        principal: { arn: base.principalArn },
        action,
        resource: resource.trim(),
        context,
        identityPolicies: base.identityPolicies,
      };
      if (base.boundary) request.permissionsBoundary = base.boundary;
      if (base.scps) request.serviceControlPolicies = base.scps;
      if (input.resourcePolicy?.trim()) {
        request.resourcePolicy = {
          document: input.resourcePolicy,
          name: 'Resource policy',
          type: 'resource',
        };
      }
      if (input.resourceOwner) request.resourceAccount = input.resourceOwner;
      const evaluation = evaluateRequest(request);
      results.push({
        evalActionName: action,
        evalResourceName: request.resource,
        evalDecision: evaluation.decision,
        matchedStatements: evaluation.decisiveStatements,
        missingContextValues: evaluation.missingContextKeys,
        evaluation,
        request,
      });
    }
  }
  return results;
}

function principalArnOf(principal: SimulationPrincipal): string {
  if (principal.kind === 'user') return userArn(principal.name);
  if (principal.kind === 'group') return groupArn(principal.name);
  return roleArn(principal.name);
}

const LIST_ACTIONS: Record<SimulationPrincipalKind, [string, string]> = {
  user: ['ListUserPolicies', 'ListAttachedUserPolicies'],
  group: ['ListGroupPolicies', 'ListAttachedGroupPolicies'],
  role: ['ListRolePolicies', 'ListAttachedRolePolicies'],
};

async function readPrincipalPolicies(principal: SimulationPrincipal): Promise<PrincipalPolicies> {
  const catalog = await loadAttachedAwsCatalog();
  return readTx(async (tx) => {
    let arn: string;
    let policies: EffectivePolicy[];
    let boundary: EffectivePolicy | undefined;
    if (principal.kind === 'user') {
      const user = await requireUser(tx, principal.name);
      arn = user.arn;
      policies = await userPolicies(tx, catalog, user.userName);
      boundary = await boundaryPolicy(tx, catalog, user.permissionsBoundary);
    } else if (principal.kind === 'group') {
      const group = await requireGroup(tx, principal.name);
      arn = group.arn;
      policies = await groupPolicies(tx, catalog, group.groupName);
    } else {
      const role = await requireRole(tx, principal.name);
      arn = role.arn;
      policies = await rolePolicies(tx, catalog, role.roleName);
      boundary = await boundaryPolicy(tx, catalog, role.permissionsBoundary);
    }
    const withId = (p: EffectivePolicy): SimulationPolicy => ({
      ...p,
      id: `${p.attachedVia}/${p.policyArn ?? p.policyName}`,
    });
    return {
      arn,
      policies: policies.map(withId),
      ...(boundary && { boundary: withId(boundary) }),
    };
  });
}

/** The simulator's Policies pane for a user, group or role, read with the console's list calls. */
export function getPrincipalPolicies(
  caller: Caller,
  principal: SimulationPrincipal,
): Promise<PrincipalPolicies> {
  const resource = principalArnOf(principal);
  const [inline, attached] = LIST_ACTIONS[principal.kind];
  return runCall(
    caller,
    { service: 'iam', operation: inline, action: `iam:${inline}`, resource },
    async (call) => {
      await call.authorize({ action: `iam:${inline}`, resource });
      await call.authorize({ action: `iam:${attached}`, operation: attached, resource });
      if (principal.kind === 'user') {
        await call.authorize({
          action: 'iam:ListGroupsForUser',
          operation: 'ListGroupsForUser',
          resource,
        });
      }
      return readPrincipalPolicies(principal);
    },
  );
}

/** SimulatePrincipalPolicy, with the console's include/exclude choices. */
export function simulatePrincipalPolicy(
  caller: Caller,
  input: PrincipalSimulationInput,
): Promise<SimulationResult[]> {
  const resource = principalArnOf(input.principal);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'SimulatePrincipalPolicy',
      action: 'iam:SimulatePrincipalPolicy',
      resource,
    },
    async (call) => {
      await call.authorize({ action: 'iam:SimulatePrincipalPolicy', resource });
      const found = await readPrincipalPolicies(input.principal);
      const excluded = new Set(input.excludedPolicyIds ?? []);
      const kept = found.policies.filter((p) => !excluded.has(p.id));
      const boundary =
        found.boundary && input.includeBoundary !== false
          ? toBoundaryInput(found.boundary)
          : undefined;
      const scps = input.includeScps ? await readTx((tx) => readScpLevels(tx)) : undefined;
      return simulate(
        {
          principalArn: found.arn,
          identityPolicies: toPolicyInputs(kept, input.principal.kind === 'role' ? 'role' : 'user'),
          ...(boundary && { boundary }),
          ...(scps && { scps }),
        },
        input,
      );
    },
  );
}

/** SimulateCustomPolicy: the sandbox's policies, as if attached to the caller ARN. */
export function simulateCustomPolicy(
  caller: Caller,
  input: CustomSimulationInput,
): Promise<SimulationResult[]> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'SimulateCustomPolicy',
      action: 'iam:SimulateCustomPolicy',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'iam:SimulateCustomPolicy', resource: '*' });
      if (input.policyInputList.length === 0) {
        throw invalidInput('PolicyInputList must contain at least 1 policy.');
      }
      const [boundaryText] = input.permissionsBoundaryPolicyInputList ?? [];
      const texts = [
        ...input.policyInputList.map((p) => p.document),
        ...(boundaryText ? [boundaryText] : []),
      ];
      if (texts.some((text) => !parsePolicy(text).ok)) {
        throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
      }
      return simulate(
        {
          principalArn: input.callerArn?.trim() || DEFAULT_SIMULATION_CALLER,
          identityPolicies: input.policyInputList.map((p) => ({
            document: p.document,
            name: p.name,
            type: 'customer-managed',
            attachedVia: 'Policy Sandbox',
          })),
          ...(boundaryText && {
            boundary: { document: boundaryText, name: 'Permissions boundary', type: 'boundary' },
          }),
        },
        input,
      );
    },
  );
}
