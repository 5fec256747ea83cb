// Who is asking, and which account owns the resource: reads the request's principal (user, role
// session, root, service) once per principal object.
import type { AuthorizationRequest, RequestPrincipal } from '../types';

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
  const info = Object.freeze(uniform(readPrincipal(p)));
  described.set(p, { arn: p.arn, id: p.id, roleArn: p.roleArn, service: p.service, info });
  return info;
}

// Every PrincipalInfo gets the same fields in the same order (absent ones undefined), so the
// engine's hot paths see one object shape whoever asks.
function uniform(i: PrincipalInfo): PrincipalInfo {
  return {
    kind: i.kind,
    displayArn: i.displayArn,
    principalArn: i.principalArn,
    roleArn: i.roleArn,
    roleName: i.roleName,
    rolePathKnown: i.rolePathKnown,
    sessionArn: i.sessionArn,
    account: i.account,
    partition: i.partition,
    name: i.name,
    id: i.id,
    service: i.service,
  };
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
    if (at >= 0 && r.length > at + 13 && r.charCodeAt(at + 13) === 58 && twelveDigits(r, at + 1)) {
      return r.slice(at + 1, at + 13);
    }
  }
  return who.account;
}

function twelveDigits(text: string, from: number): boolean {
  for (let k = from; k < from + 12; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
