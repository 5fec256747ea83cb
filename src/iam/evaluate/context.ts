// Who is asking and with what context: reads the request's principal (user, role session, root,
// service) and builds the request context with the keys AWS derives itself.
import type { OperatorKind, RequestReading } from '../conditions/operators';
import type { AuthorizationRequest, ContextValue, RequestPrincipal } from '../types';

/** What kind of principal made the request, as aws:PrincipalType and the evaluation rules see it. */
export type PrincipalKind =
  'user' | 'role-session' | 'root' | 'federated-user' | 'service' | 'anonymous' | 'unknown';

/** The request's principal, read once. */
export interface PrincipalInfo {
  kind: PrincipalKind;
  /** The ARN AWS names in denial messages: the session ARN for a role session. */
  displayArn: string;
  /** aws:PrincipalArn: the user ARN, the role ARN for a session, the root ARN. */
  principalArn?: string;
  /** For role sessions: the role ARN (with its path when the request gave it). */
  roleArn?: string;
  roleName?: string;
  /** False when the role ARN was worked out from a session ARN, so its path is unknown. */
  rolePathKnown?: boolean;
  /** For role sessions, when the session name is known. */
  sessionArn?: string;
  account?: string;
  partition: string;
  /** The user or role name, or the account ID for root. */
  name?: string;
  id?: string;
  service?: string;
}

const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/;

interface Described {
  arn: unknown;
  id: unknown;
  roleArn: unknown;
  service: unknown;
  info: PrincipalInfo;
}
const described = new WeakMap<RequestPrincipal, Described>();

/** Reads the principal: an IAM user, a role (= a session of it), an assumed-role session, root or a service. */
export function describePrincipal(p: RequestPrincipal | undefined): PrincipalInfo {
  if (!p || typeof p !== 'object') return readPrincipal(undefined);
  const hit = described.get(p);
  // The cache is keyed by the object, so check the fields it was read from are unchanged.
  if (
    hit &&
    hit.arn === p.arn &&
    hit.id === p.id &&
    hit.roleArn === p.roleArn &&
    hit.service === p.service
  ) {
    return hit.info;
  }
  const info = Object.freeze(readPrincipal(p));
  described.set(p, { arn: p.arn, id: p.id, roleArn: p.roleArn, service: p.service, info });
  return info;
}

function readPrincipal(p: RequestPrincipal | undefined): PrincipalInfo {
  const arn = typeof p?.arn === 'string' ? p.arn : undefined;
  const id = typeof p?.id === 'string' ? p.id : undefined;
  if (!arn) {
    if (typeof p?.service === 'string' && p.service !== '') {
      return { kind: 'service', displayArn: p.service, service: p.service, partition: 'aws' };
    }
    return { kind: 'anonymous', displayArn: 'anonymous', partition: 'aws', id };
  }
  const m = ARN.exec(arn);
  if (!m) return { kind: 'unknown', displayArn: arn, principalArn: arn, partition: 'aws', id };
  const partition = m[1] ?? 'aws';
  const service = m[2] ?? '';
  const account = m[4] ?? '';
  const resource = m[5] ?? '';
  const base = { partition, account: account || undefined, id };
  if (service === 'iam' && resource === 'root') {
    return { ...base, kind: 'root', displayArn: arn, principalArn: arn, name: account };
  }
  if (service === 'iam' && resource.startsWith('user/')) {
    const name = resource.slice(resource.lastIndexOf('/') + 1);
    return { ...base, kind: 'user', displayArn: arn, principalArn: arn, name };
  }
  if (service === 'iam' && resource.startsWith('role/')) {
    const roleName = resource.slice(resource.lastIndexOf('/') + 1);
    const colon = id?.indexOf(':') ?? -1;
    const session = id && colon >= 0 ? id.slice(colon + 1) : undefined;
    const sessionArn = session
      ? `arn:${partition}:sts::${account}:assumed-role/${roleName}/${session}`
      : undefined;
    const roleArn = typeof p?.roleArn === 'string' ? p.roleArn : arn;
    return {
      ...base,
      kind: 'role-session',
      displayArn: sessionArn ?? arn,
      principalArn: roleArn,
      roleArn,
      roleName,
      rolePathKnown: true,
      sessionArn,
      name: roleName,
    };
  }
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, roleName = '', ...session] = resource.split('/');
    const roleArn =
      typeof p?.roleArn === 'string'
        ? p.roleArn
        : `arn:${partition}:iam::${account}:role/${roleName}`;
    return {
      ...base,
      kind: 'role-session',
      displayArn: arn,
      principalArn: roleArn,
      roleArn,
      roleName,
      rolePathKnown: typeof p?.roleArn === 'string',
      sessionArn: arn,
      name: session.length > 0 ? `${roleName}/${session.join('/')}` : roleName,
    };
  }
  if (service === 'sts' && resource.startsWith('federated-user/')) {
    const name = resource.slice('federated-user/'.length);
    return { ...base, kind: 'federated-user', displayArn: arn, principalArn: arn, name };
  }
  return { ...base, kind: 'unknown', displayArn: arn, principalArn: arn };
}

/** One context key as the evaluator sees it. */
export interface ContextEntry {
  /** The key as the request (or the engine) spelled it. */
  key: string;
  values: string[];
  /** True when the value was an array: a multivalued key (`[]` is present with no values). */
  multi: boolean;
  /** Values read for an operator family, filled while this request is evaluated. */
  readings?: Partial<Record<OperatorKind, RequestReading[]>>;
}

/** The request context, by lower-case key name (condition key names are case-insensitive). */
export type RequestContext = Map<string, ContextEntry>;

const PRINCIPAL_TYPE: Partial<Record<PrincipalKind, string>> = {
  user: 'User',
  'role-session': 'AssumedRole',
  root: 'Account',
  'federated-user': 'FederatedUser',
  anonymous: 'Anonymous',
};

/**
 * Builds the request context: the keys AWS derives (aws:PrincipalArn, aws:PrincipalAccount,
 * aws:PrincipalType, aws:username for users, aws:userid, aws:PrincipalTag/*, aws:ResourceAccount)
 * and then the request's own keys, which win over derived ones.
 */
export function buildContext(
  request: AuthorizationRequest,
  who: PrincipalInfo,
  resourceAccount: string | undefined,
): RequestContext {
  const ctx: RequestContext = new Map();
  for (const [lower, entry] of principalEntries(who)) ctx.set(lower, entry);
  const tags = request.principal?.tags;
  if (tags && typeof tags === 'object') {
    for (const tagKey of Object.keys(tags)) {
      const v: unknown = tags[tagKey];
      if (typeof v !== 'string') continue;
      const key = `aws:PrincipalTag/${tagKey}`;
      ctx.set(lowerKey(key), shared(key, v));
    }
  }
  if (resourceAccount)
    ctx.set('aws:resourceaccount', shared('aws:ResourceAccount', resourceAccount));
  const given = request.context;
  if (given && typeof given === 'object') {
    for (const key of Object.keys(given)) {
      const entry = toEntry(key, given[key]);
      if (entry) ctx.set(lowerKey(key), entry);
    }
  }
  return ctx;
}

// Derived entries depend only on their key and value, so they are built once and shared by every
// request (their per-family readings stay valid: the values never change).
const derivedByPrincipal = new WeakMap<PrincipalInfo, Array<[string, ContextEntry]>>();
const sharedEntries = new Map<string, ContextEntry>();
const lowerKeys = new Map<string, string>();

function shared(key: string, value: string): ContextEntry {
  const id = `${key}\u0000${value}`;
  let entry = sharedEntries.get(id);
  if (!entry) {
    entry = { key, values: [value], multi: false };
    if (sharedEntries.size >= 5000) sharedEntries.clear();
    sharedEntries.set(id, entry);
  }
  return entry;
}

function lowerKey(key: string): string {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerKeys.size >= 5000) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}

function principalEntries(who: PrincipalInfo): Array<[string, ContextEntry]> {
  const hit = derivedByPrincipal.get(who);
  if (hit) return hit;
  const out: Array<[string, ContextEntry]> = [];
  const put = (key: string, value: string) => out.push([key.toLowerCase(), shared(key, value)]);
  if (who.principalArn) put('aws:PrincipalArn', who.principalArn);
  if (who.account) put('aws:PrincipalAccount', who.account);
  const type = PRINCIPAL_TYPE[who.kind];
  if (type) put('aws:PrincipalType', type);
  if (who.kind === 'user' && who.name) put('aws:username', who.name);
  if (who.kind === 'root' && who.account) put('aws:userid', who.account);
  else if (who.id) put('aws:userid', who.id);
  if (who.kind === 'service' && who.service) {
    put('aws:PrincipalServiceName', who.service);
    put('aws:PrincipalIsAWSService', 'true');
  } else if (who.kind !== 'anonymous') put('aws:PrincipalIsAWSService', 'false');
  derivedByPrincipal.set(who, out);
  return out;
}

/**
 * The account that owns the resource: the request's resourceAccount; else the account in the
 * resource ARN when it has one (an EC2 instance, an IAM role); else the principal's account.
 */
export function resourceAccountOf(request: AuthorizationRequest, who: PrincipalInfo) {
  if (typeof request.resourceAccount === 'string') return request.resourceAccount;
  const r = request.resource;
  if (typeof r === 'string' && r.startsWith('arn:')) {
    // arn:partition:service:region:account:...
    let at = 0;
    for (let k = 0; k < 4 && at >= 0; k++) at = r.indexOf(':', at + 1);
    const account = at >= 0 ? r.slice(at + 1, at + 13) : '';
    if (r.charCodeAt(at + 13) === 58 && /^\d{12}$/.test(account)) return account;
  }
  return who.account;
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

function toEntry(key: string, value: unknown): ContextEntry | undefined {
  if (Array.isArray(value)) {
    const values: string[] = [];
    for (const v of value as unknown[]) {
      const s = scalar(v);
      if (s !== undefined) values.push(s);
    }
    return { key, values, multi: true };
  }
  const s = scalar(value);
  return s === undefined ? undefined : { key, values: [s], multi: false };
}

/** The context as a plain record (a key named `__proto__` stays an ordinary own property). */
export function contextRecord(ctx: RequestContext): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const entry of ctx.values()) {
    const value = entry.multi ? entry.values : (entry.values[0] ?? '');
    if (entry.key === '__proto__') {
      Object.defineProperty(out, entry.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else out[entry.key] = value;
  }
  return out;
}
