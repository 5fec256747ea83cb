// The "encoded authorization failure message" EC2 appends to denials: the evaluation in the shape of
// AWS's decoded message (sts decode-authorization-message), as base64url of UTF-8 JSON, so that it
// really decodes.
import { decodeBase64, encodeBase64Url } from '../conditions/values';
import type { AuthorizationRequest, Evaluation, PolicyInput, StatementRef } from '../types';

/** One value in the decoded message's `{items: [{value}]}` lists. */
export interface MessageValue {
  value: string;
}

/** A statement as the decoded message lists it, plus where it came from (our addition). */
export interface MessageStatement {
  statementId: string;
  effect: 'ALLOW' | 'DENY';
  principals: { items: MessageValue[] };
  principalGroups: { items: MessageValue[] };
  actions: { items: MessageValue[] };
  resources: { items: MessageValue[] };
  conditions: { items: MessageValue[] };
  /** Not in AWS's message: the policy and statement, so the console can point at them. */
  source?: { gate: string; policyName?: string; policyArn?: string; statementIndex: number };
}

/** The decoded authorization message, shaped like AWS's. */
export interface AuthorizationMessage {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: { items: MessageStatement[] };
  failures: { items: MessageValue[] };
  context: {
    principal: { id: string; name: string; arn: string };
    action: string;
    resource: string;
    conditions: { items: Array<{ key: string; values: { items: MessageValue[] } }> };
  };
}

/** The policy a statement reference points into, from the request the engine evaluated. */
function policyOf(ref: StatementRef, request: AuthorizationRequest): PolicyInput | undefined {
  switch (ref.gate) {
    case 'identity':
      return request.identityPolicies[ref.policyIndex];
    case 'boundary':
      return request.permissionsBoundary;
    case 'resource':
      return request.resourcePolicy;
    case 'session':
      return request.sessionPolicies?.[ref.policyIndex];
    case 'scp':
      return request.serviceControlPolicies?.[ref.scpLevel ?? 0]?.[ref.policyIndex];
  }
}

const asValues = (v: unknown): MessageValue[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .filter((x): x is string => typeof x === 'string')
    .map((value) => ({ value }));

/** The statement's own Action and Resource lists (or NotAction / NotResource), as AWS lists them. */
function statementParts(
  ref: StatementRef,
  request: AuthorizationRequest | undefined,
): { actions: MessageValue[]; resources: MessageValue[] } | undefined {
  const input = request && policyOf(ref, request);
  if (!input) return undefined;
  try {
    const doc: unknown =
      typeof input.document === 'string' ? JSON.parse(input.document) : input.document;
    const list = (doc as { Statement?: unknown }).Statement;
    const st = (Array.isArray(list) ? list[ref.statementIndex] : list) as
      Record<string, unknown> | undefined;
    if (!st || typeof st !== 'object') return undefined;
    return {
      actions: asValues(st['Action'] ?? st['NotAction']),
      resources: asValues(st['Resource'] ?? st['NotResource']),
    };
  } catch {
    return undefined;
  }
}

function statement(
  ref: StatementRef,
  e: Evaluation,
  request: AuthorizationRequest | undefined,
): MessageStatement {
  const parts = statementParts(ref, request);
  const s: MessageStatement = {
    statementId: ref.sid ?? String(ref.statementIndex),
    effect: ref.effect === 'Deny' ? 'DENY' : 'ALLOW',
    principals: { items: e.request.principalId ? [{ value: e.request.principalId }] : [] },
    principalGroups: { items: [] },
    actions: { items: parts?.actions ?? [{ value: e.request.action }] },
    resources: { items: parts?.resources ?? [{ value: e.request.resource }] },
    conditions: { items: [] },
    source: { gate: ref.gate, statementIndex: ref.statementIndex },
  };
  if (ref.policyName !== undefined && s.source) s.source.policyName = ref.policyName;
  if (ref.policyArn !== undefined && s.source) s.source.policyArn = ref.policyArn;
  return s;
}

/**
 * The keys AWS's decoded messages add about the resource itself: aws:Service, aws:Region,
 * aws:Account, aws:Type, aws:Resource (the part after the account) and aws:ARN. Empty for "*".
 */
function resourceKeys(resource: string): Record<string, string> {
  const match = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):(.+)$/.exec(resource);
  if (!match) return {};
  const [, service = '', region = '', account = '', rest = ''] = match;
  const type = /^([^/:]+)[/:]/.exec(rest)?.[1];
  return {
    'aws:Service': service,
    ...(region && { 'aws:Region': region }),
    ...(account && { 'aws:Account': account }),
    ...(type && { 'aws:Type': type }),
    'aws:Resource': rest,
    'aws:ARN': resource,
  };
}

/** Builds the decoded form of the authorization message for an evaluation. */
export function authorizationMessage(
  e: Evaluation,
  request?: AuthorizationRequest,
): AuthorizationMessage {
  const all = { ...resourceKeys(e.request.resource), ...e.context };
  const conditions = Object.keys(all).map((key) => {
    const v = all[key];
    const values = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return { key, values: { items: values.map((x) => ({ value: String(x) })) } };
  });
  return {
    allowed: e.decision === 'allowed',
    explicitDeny: e.decision === 'explicitDeny',
    matchedStatements: {
      items:
        e.decision === 'explicitDeny'
          ? e.decisiveStatements.map((r) => statement(r, e, request))
          : [],
    },
    failures: { items: [] },
    context: {
      principal: {
        id: e.request.principalId ?? '',
        name: e.request.principalName ?? '',
        arn: e.request.principalArn,
      },
      action: e.request.action,
      resource: e.request.resource,
      conditions: { items: conditions },
    },
  };
}

/** Encodes an evaluation as EC2's encoded authorization failure message (base64url of JSON). */
export function encodeAuthorizationMessage(e: Evaluation, request?: AuthorizationRequest): string {
  return encodeBase64Url(utf8Encode(JSON.stringify(authorizationMessage(e, request))));
}

/** Decodes an encoded authorization message; undefined when the text is not one. Never throws. */
export function decodeAuthorizationMessage(encoded: string): AuthorizationMessage | undefined {
  if (typeof encoded !== 'string') return undefined;
  const bytes = decodeBase64(encoded.trim());
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(utf8Decode(bytes));
    if (!value || typeof value !== 'object') return undefined;
    const m = value as Partial<AuthorizationMessage>;
    if (typeof m.allowed !== 'boolean' || !m.context || typeof m.context !== 'object')
      return undefined;
    return value as AuthorizationMessage;
  } catch {
    return undefined;
  }
}

function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < bytes.length;) {
    const b = bytes[k] as number;
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    let c = n === 1 ? b : b & (0xff >> (n + 1));
    for (let j = 1; j < n; j++) c = (c << 6) | ((bytes[k + j] ?? 0) & 63);
    out += String.fromCodePoint(Math.min(c, 0x10ffff));
    k += n;
  }
  return out;
}
