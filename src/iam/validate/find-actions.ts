// Access Analyzer checks on Action and NotAction: unknown services and actions (with a "did you
// mean"), wildcards in the service name, redundant actions, and iam:PassRole /
// iam:CreateServiceLinkedRole granted on every resource (access-analyzer-reference-policy-checks).
import type { ServiceCatalog } from '../types';
import { isFull, report, smallest, type CheckContext } from './context';
import { hasWildcard, patternCovers } from './patterns';
import { entryOf, fieldOf, stringsOf, type LocatedString, type StatementView } from './policy-view';
import { closestMatch } from './suggest';

/** Messages of the action checks, in Access Analyzer's words. */
export const ACTION_MESSAGES = {
  invalidAction: (action: string, suggestion?: string) =>
    suggestion
      ? `The action ${action} does not exist. Did you mean ${suggestion}?`
      : `The action ${action} does not exist.`,
  invalidService: (service: string) =>
    `The service ${service} does not exist. Use a valid service name.`,
  invalidServiceInAction: (service: string, suggestion: string) =>
    `The service ${service} specified in the action does not exist. Did you mean ${suggestion}?`,
  wildcardInService:
    'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.',
  redundantAction: (count: number, example: string) =>
    `The ${count} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${example}.`,
} as const;

/** Checks every Action and NotAction entry of every statement. */
export function checkActions(ctx: CheckContext): void {
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    for (const name of ['Action', 'NotAction'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (!f) continue;
      const actions = stringsOf(f);
      for (const a of actions) checkOneAction(ctx, a);
      if (name === 'Action') checkRedundantActions(ctx, actions);
    }
    checkPrivilegedActions(ctx, st);
  }
}

function checkOneAction(ctx: CheckContext, a: LocatedString) {
  const { value } = a;
  if (value === '*' || value.includes('${') || isFull(ctx)) return;
  const colon = value.indexOf(':');
  // No vendor or several colons: IAM's grammar check reports it.
  if (colon <= 0 || value.indexOf(':', colon + 1) >= 0) return;
  const service = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (hasWildcard(service)) {
    report(ctx, 'WILDCARD_IN_SERVICE_NAME', ACTION_MESSAGES.wildcardInService, a.path, a.span);
    return;
  }
  const { catalog } = ctx;
  const prefix = service.toLowerCase();
  if (!catalog.hasService(prefix)) {
    const suggestion = closestMatch(service, catalog.servicePrefixes());
    if (suggestion) {
      report(
        ctx,
        'INVALID_SERVICE_IN_ACTION',
        ACTION_MESSAGES.invalidServiceInAction(service, suggestion),
        a.path,
        a.span,
      );
    } else {
      report(ctx, 'INVALID_SERVICE', ACTION_MESSAGES.invalidService(service), a.path, a.span);
    }
    return;
  }
  if (hasWildcard(name)) {
    if (catalog.expandActionPattern(value).length === 0) {
      report(ctx, 'INVALID_ACTION', ACTION_MESSAGES.invalidAction(value), a.path, a.span);
    }
    return;
  }
  if (catalog.action(value)) return;
  const names = catalog.actionsOf(prefix).map((x) => x.name);
  const near = closestMatch(name, names);
  const suggestion = near ? `${prefix}:${near}` : sameNameElsewhere(catalog, name);
  report(ctx, 'INVALID_ACTION', ACTION_MESSAGES.invalidAction(value, suggestion), a.path, a.span);
}

// Action names (lower case) → the first service, by prefix, that has an action of that name.
const OWNERS = new WeakMap<ServiceCatalog, Map<string, string>>();

/** The same action name in another service ("s3:DescribeInstances" → ec2:DescribeInstances). */
function sameNameElsewhere(catalog: ServiceCatalog, name: string): string | undefined {
  let owners = OWNERS.get(catalog);
  if (!owners) {
    owners = new Map();
    for (const prefix of catalog.servicePrefixes()) {
      for (const action of catalog.actionsOf(prefix)) {
        const key = action.name.toLowerCase();
        if (!owners.has(key)) owners.set(key, `${action.service}:${action.name}`);
      }
    }
    OWNERS.set(catalog, owners);
  }
  return owners.get(name.toLowerCase());
}

/** Wildcard entries compared per service; past this only repeated entries are flagged there. */
const MAX_WILDCARDS_PER_SERVICE = 200;

function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon);
}

/**
 * An entry is redundant when another entry already covers it: the same action again, or a wildcard
 * of its service ("iam:GetUser" beside "iam:Get*"). Later entries are flagged first, so of two
 * equal entries the second is reported. Only entries of the same service are compared.
 */
function checkRedundantActions(ctx: CheckContext, actions: LocatedString[]) {
  if (actions.length < 2) return;
  const lower = actions.map((a) => a.value.toLowerCase());
  const redundant = new Set<number>();
  const firstIndex = new Map<string, number>();
  lower.forEach((v, i) => {
    if (firstIndex.has(v)) redundant.add(i);
    else firstIndex.set(v, i);
  });
  // Wildcard entries that may cover others: by service, plus those with a wildcard service ("*").
  const wildcardsByService = new Map<string, number[]>();
  const anyService: number[] = [];
  lower.forEach((v, i) => {
    if (redundant.has(i) || !hasWildcard(v)) return;
    const service = serviceOf(v);
    if (hasWildcard(service)) anyService.push(i);
    else wildcardsByService.set(service, [...(wildcardsByService.get(service) ?? []), i]);
  });
  for (let i = lower.length - 1; i >= 0; i--) {
    if (redundant.has(i)) continue;
    const own = wildcardsByService.get(serviceOf(lower[i] as string)) ?? [];
    const candidates =
      own.length > MAX_WILDCARDS_PER_SERVICE ? anyService : [...own, ...anyService];
    for (const j of candidates) {
      if (j === i || redundant.has(j)) continue;
      if (patternCovers(lower[j] as string, lower[i] as string, false)) {
        redundant.add(i);
        break;
      }
    }
  }
  if (redundant.size === 0) return;
  const first = actions[smallest(redundant)] as LocatedString;
  report(
    ctx,
    'REDUNDANT_ACTION',
    ACTION_MESSAGES.redundantAction(redundant.size, first.value),
    first.path,
    first.span,
  );
}

// Resources that name every role: "*", "arn:aws:iam::*:role/*", "arn:aws:iam::111122223333:*".
function isStarResource(resource: string): boolean {
  return (
    resource === '*' || /:role\/\*$/.test(resource) || /^arn:[^:]*:iam::[^:]*:\*$/.test(resource)
  );
}

const PRIVILEGED = [
  {
    action: 'iam:PassRole',
    // Access Analyzer accepts the iam:PassedToService condition as the narrowing it asks for.
    narrowingKey: 'iam:passedtoservice',
    codes: {
      starResource: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      starActionAndResource: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
      notResource: 'PASS_ROLE_WITH_NOT_RESOURCE',
      starActionAndNotResource: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
      notActionAndNotResource: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
      starResourceAndNotAction: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    },
  },
  {
    action: 'iam:CreateServiceLinkedRole',
    narrowingKey: 'iam:awsservicename',
    codes: {
      starResource: 'CREATE_SLR_WITH_STAR_IN_RESOURCE',
      starActionAndResource: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
      notResource: 'CREATE_SLR_WITH_NOT_RESOURCE',
      starActionAndNotResource: undefined,
      notActionAndNotResource: undefined,
      starResourceAndNotAction: undefined,
    },
  },
] as const;

/** Messages of the iam:PassRole and iam:CreateServiceLinkedRole checks. */
export const PRIVILEGED_MESSAGES: Readonly<Record<string, string>> = {
  PASS_ROLE_WITH_STAR_IN_RESOURCE:
    'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE:
    'Using wildcards (*) in the action and the resource can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  PASS_ROLE_WITH_NOT_RESOURCE:
    'Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE:
    'Using an action with a wildcard (*) and NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
  PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE:
    'Using NotAction with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources.. We recommend that you specify resource ARNs instead.',
  PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION:
    'Using a resource with wildcards (*) and NotAction can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  CREATE_SLR_WITH_STAR_IN_RESOURCE:
    'Using the iam:CreateServiceLinkedRole action with wildcards (*) in the resource can allow creation of unintended service-linked roles. We recommend that you specify resource ARNs instead.',
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE:
    'Using wildcards (*) in the action and the resource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead.',
  CREATE_SLR_WITH_NOT_RESOURCE:
    'Using the iam:CreateServiceLinkedRole action with NotResource can allow creation of unintended service-linked roles for multiple resources. We recommend that you specify resource ARNs instead.',
};

function conditionHasKey(st: StatementView, key: string): boolean {
  const condition = entryOf(st.node, 'Condition')?.value;
  if (condition?.kind !== 'object') return false;
  return condition.entries.some(
    (block) =>
      block.value.kind === 'object' && block.value.entries.some((e) => e.key.toLowerCase() === key),
  );
}

/** Allow statements of identity policies that grant iam:PassRole (or create SLRs) on every role. */
function checkPrivilegedActions(ctx: CheckContext, st: StatementView) {
  if (ctx.kind !== 'identity' && ctx.kind !== 'boundary') return;
  const effect = entryOf(st.node, 'Effect')?.value;
  if (effect?.kind !== 'string' || effect.value !== 'Allow') return;
  const action = fieldOf(st.node, 'Action', st.path);
  const notAction = fieldOf(st.node, 'NotAction', st.path);
  const resource = fieldOf(st.node, 'Resource', st.path);
  const notResource = fieldOf(st.node, 'NotResource', st.path);
  for (const p of PRIVILEGED) {
    if (conditionHasKey(st, p.narrowingKey)) continue;
    let code: string | undefined;
    const whole = action ?? notAction;
    let place = whole ? { path: whole.path, span: whole.node.span } : undefined;
    const granting = action
      ? stringsOf(action).filter((a) => patternCovers(a.value, p.action, true))
      : [];
    const exact = granting.some((a) => !hasWildcard(a.value));
    const excluded = notAction
      ? stringsOf(notAction).some((a) => patternCovers(a.value, p.action, true))
      : true;
    const starResource = resource
      ? stringsOf(resource).some((r) => isStarResource(r.value))
      : false;
    const first = granting.find((a) => !hasWildcard(a.value)) ?? granting[0];
    if (first) {
      place = { path: first.path, span: first.span };
      if (starResource) code = exact ? p.codes.starResource : p.codes.starActionAndResource;
      else if (notResource) code = exact ? p.codes.notResource : p.codes.starActionAndNotResource;
    } else if (notAction && !excluded) {
      if (starResource) code = p.codes.starResourceAndNotAction;
      else if (notResource) code = p.codes.notActionAndNotResource;
    }
    if (code && place)
      report(ctx, code, PRIVILEGED_MESSAGES[code] as string, place.path, place.span);
  }
}
