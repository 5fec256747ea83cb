// The request context: the keys AWS derives from the principal and the resource, then the
// request's own keys. Built once per distinct input and reused while the inputs are unchanged.
import type { OperatorKind, RequestReading } from '../conditions/operators';
import type { AuthorizationRequest, ContextValue } from '../types';
import type { PrincipalInfo, PrincipalKind } from './context';

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

/** The request context and its plain-record form, as the evaluation reports it. */
export interface BuiltContext {
  ctx: RequestContext;
  /** Frozen: it may be shared by evaluations of requests with the same context. */
  record: Readonly<Record<string, ContextValue>>;
  /** A single-valued key's value by lower-case name (multivalued keys cannot be policy variables). */
  lookup: (keyLower: string) => string | undefined;
}

interface Reusable extends BuiltContext {
  tagSnapshot: Snapshot;
  givenSnapshot: Snapshot;
  resourceAccount: string | undefined;
}

type Snapshot = Array<[string, unknown]>;

// The last context built for each principal, reused while the tags, the request context and the
// resource account hold the same keys and values (checked value by value, so edited or new objects
// with other contents are rebuilt, and new objects with the same contents are not).
const recentByPrincipal = new WeakMap<PrincipalInfo, Reusable[]>();
const RECENT = 16;

/**
 * Builds the request context: the keys AWS derives (aws:PrincipalArn, aws:PrincipalAccount,
 * aws:PrincipalType, aws:username for users, aws:userid, aws:PrincipalTag/*, aws:ResourceAccount)
 * and then the request's own keys, which win over derived ones (key names compared
 * case-insensitively).
 */
export function buildContext(
  request: AuthorizationRequest,
  who: PrincipalInfo,
  resourceAccount: string | undefined,
): BuiltContext {
  const tags: unknown = request.principal?.tags;
  const given: unknown = request.context;
  let recent = recentByPrincipal.get(who);
  if (!recent) {
    recent = [];
    recentByPrincipal.set(who, recent);
  }
  for (let k = 0; k < recent.length; k++) {
    const c = recent[k] as Reusable;
    if (
      c.resourceAccount === resourceAccount &&
      unchanged(given, c.givenSnapshot) &&
      unchanged(tags, c.tagSnapshot)
    ) {
      return c;
    }
  }
  const ctx: RequestContext = new Map();
  for (const [lower, entry] of principalEntries(who)) ctx.set(lower, entry);
  const tagSnapshot = snapshot(tags);
  for (const [tagKey, v] of tagSnapshot) {
    if (typeof v !== 'string') continue;
    const key = `aws:PrincipalTag/${tagKey}`;
    ctx.set(key.toLowerCase(), { key, values: frozen([v]), multi: false });
  }
  if (resourceAccount) {
    ctx.set('aws:resourceaccount', {
      key: 'aws:ResourceAccount',
      values: frozen([resourceAccount]),
      multi: false,
    });
  }
  const givenSnapshot = snapshot(given);
  for (const [key, value] of givenSnapshot) {
    const entry = toEntry(key, value);
    if (entry) ctx.set(key.toLowerCase(), entry);
  }
  const built: Reusable = {
    ctx,
    record: Object.freeze(contextRecord(ctx)),
    lookup: (keyLower) => {
      const e = ctx.get(keyLower);
      return e && !e.multi ? e.values[0] : undefined;
    },
    tagSnapshot,
    givenSnapshot,
    resourceAccount,
  };
  recent.unshift(built);
  if (recent.length > RECENT) recent.pop();
  return built;
}

// The own enumerable entries of an object, with array values copied so later edits are noticed.
function snapshot(obj: unknown): Snapshot {
  const out: Snapshot = [];
  if (!obj || typeof obj !== 'object') return out;
  for (const key of Object.keys(obj)) {
    const v: unknown = (obj as Record<string, unknown>)[key];
    out.push([key, Array.isArray(v) ? [...(v as unknown[])] : v]);
  }
  return out;
}

function unchanged(obj: unknown, snap: Snapshot): boolean {
  if (!obj || typeof obj !== 'object') return snap.length === 0;
  let n = 0;
  for (const key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    const s = snap[n++];
    if (!s || s[0] !== key || !sameValue((obj as Record<string, unknown>)[key], s[1])) return false;
  }
  return n === snap.length;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if ((a as unknown[])[k] !== (b as unknown[])[k]) return false;
  return true;
}

// Derived entries depend only on the principal, so they are built once per principal.
const derivedByPrincipal = new WeakMap<PrincipalInfo, Array<[string, ContextEntry]>>();

function principalEntries(who: PrincipalInfo): Array<[string, ContextEntry]> {
  const hit = derivedByPrincipal.get(who);
  if (hit) return hit;
  const out: Array<[string, ContextEntry]> = [];
  const put = (key: string, value: string) =>
    out.push([key.toLowerCase(), { key, values: frozen([value]), multi: false }]);
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

// Context values are shared by every evaluation that reuses this context, and traces show them.
function frozen(values: string[]): string[] {
  return Object.freeze(values) as string[];
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
    return { key, values: frozen(values), multi: true };
  }
  const s = scalar(value);
  return s === undefined ? undefined : { key, values: frozen([s]), multi: false };
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
