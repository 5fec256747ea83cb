// How the acting identity and the role history are kept: per tab in sessionStorage, the last one
// used and the history in localStorage. Stored JSON is checked once, here, at the edge.
/** The one lab account. */
export const LAB_ACCOUNT_ID = '123456789012';

/**
 * The identity as the simulated AWS's Caller (src/aws/caller.ts) describes it; the shapes match,
 * so `identity` is passed to queries as is.
 */
export type ActingIdentity =
  | { kind: 'root'; arn: string; accountId: string }
  | {
      kind: 'user';
      arn: string;
      accountId: string;
      userName: string;
      /** Signed in through "IAM user sign in" with an MFA code (epoch ms, lab clock). */
      mfa?: { authenticatedAt: number };
    }
  | RoleSessionIdentity;

/** A role session, shaped like the simulated AWS's RoleSessionCaller. */
export interface RoleSessionIdentity {
  kind: 'role-session';
  arn: string;
  accountId: string;
  roleName: string;
  roleArn: string;
  sessionName: string;
  issuedAt: string;
  /** When the session's credentials expire (the role's maximum session duration). */
  expiration?: string;
  /** The MFA sign-in of the session that switched (console role sessions keep it). */
  mfa?: { authenticatedAt: number };
}

/** The Switch Role form's "Display color - optional" choices (the console's palette). */
export const ROLE_COLORS = ['red', 'orange', 'yellow', 'green', 'blue'] as const;
export type RoleColor = (typeof ROLE_COLORS)[number];

/** How the navigation bar shows the active role, and who switched to it. */
export interface RoleDisplay {
  /** "Dev @ 123456789012" unless the learner chose another name. */
  displayName: string;
  color?: RoleColor;
  /** The IAM user whose credentials made the switch; "Switch back" returns to them. */
  sourceUserName: string;
  /** Acting as an instance's role from the root user: "Switch back" returns to root. */
  fromRoot?: boolean;
}

/** A role in the identity menu's "Role history". */
export interface RoleHistoryEntry {
  accountId: string;
  roleName: string;
  displayName: string;
  color?: RoleColor;
}

const STORAGE_KEY = 'iam-console-lab.acting-identity';
export const HISTORY_KEY = 'iam-console-lab.role-history';
/** The console remembers the last five roles. */
export const HISTORY_SIZE = 5;
export const ROOT: ActingIdentity = {
  kind: 'root',
  arn: `arn:aws:iam::${LAB_ACCOUNT_ID}:root`,
  accountId: LAB_ACCOUNT_ID,
};

export function userIdentity(userName: string, mfa?: { authenticatedAt: number }): ActingIdentity {
  return {
    kind: 'user',
    arn: `arn:aws:iam::${LAB_ACCOUNT_ID}:user/${userName}`,
    accountId: LAB_ACCOUNT_ID,
    userName,
    ...(mfa && { mfa }),
  };
}

function parseMfa(value: unknown): { authenticatedAt: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const at = (value as Record<string, unknown>).authenticatedAt;
  return typeof at === 'number' && Number.isFinite(at) ? { authenticatedAt: at } : undefined;
}

/** 123456789012 → 1234-5678-9012, as the console's account menu shows it. */
export function formatAccountId(accountId: string): string {
  return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

const NAME = /^[\w+=,.@-]{1,64}$/;

function isColor(value: unknown): value is RoleColor {
  return typeof value === 'string' && (ROLE_COLORS as readonly string[]).includes(value);
}

function parseRoleSession(
  record: Record<string, unknown>,
): { identity: RoleSessionIdentity; display: RoleDisplay } | undefined {
  const { roleName, roleArn, sessionName, issuedAt, expiration } = record;
  const { displayName, color, sourceUserName } = record;
  if (
    typeof roleName !== 'string' ||
    !NAME.test(roleName) ||
    typeof roleArn !== 'string' ||
    !roleArn.startsWith(`arn:aws:iam::${LAB_ACCOUNT_ID}:role/`) ||
    typeof sessionName !== 'string' ||
    !NAME.test(sessionName) ||
    typeof issuedAt !== 'string' ||
    typeof sourceUserName !== 'string' ||
    !NAME.test(sourceUserName)
  ) {
    return undefined;
  }
  return {
    identity: roleSessionIdentity(
      roleName,
      roleArn,
      sessionName,
      issuedAt,
      typeof expiration === 'string' ? expiration : undefined,
      parseMfa(record.mfa),
    ),
    display: {
      displayName: typeof displayName === 'string' && displayName ? displayName : roleName,
      ...(isColor(color) && { color }),
      sourceUserName,
      ...(record.fromRoot === true && { fromRoot: true }),
    },
  };
}

export function roleSessionIdentity(
  roleName: string,
  roleArn: string,
  sessionName: string,
  issuedAt: string,
  expiration?: string,
  mfa?: { authenticatedAt: number },
): RoleSessionIdentity {
  return {
    kind: 'role-session',
    arn: `arn:aws:sts::${LAB_ACCOUNT_ID}:assumed-role/${roleName}/${sessionName}`,
    accountId: LAB_ACCOUNT_ID,
    roleName,
    roleArn,
    sessionName,
    issuedAt,
    ...(expiration && { expiration }),
    ...(mfa && { mfa }),
  };
}

export interface StoredIdentity {
  identity: ActingIdentity;
  roleDisplay?: RoleDisplay;
}

/** Checks stored JSON once, at the edge: anything unexpected means root. */
function parseIdentity(text: string | null): StoredIdentity | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (record.kind === 'root') return { identity: ROOT };
    if (record.kind === 'user' && typeof record.userName === 'string' && record.userName) {
      return { identity: userIdentity(record.userName, parseMfa(record.mfa)) };
    }
    if (record.kind === 'role-session') {
      const session = parseRoleSession(record);
      if (session) return { identity: session.identity, roleDisplay: session.display };
    }
  } catch {
    // Corrupt storage: start as root.
  }
  return undefined;
}

function parseHistory(text: string | null): RoleHistoryEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
      .flatMap((e): RoleHistoryEntry[] => {
        const { accountId, roleName, displayName, color } = e;
        if (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId)) return [];
        if (typeof roleName !== 'string' || !NAME.test(roleName)) return [];
        if (typeof displayName !== 'string') return [];
        return [{ accountId, roleName, displayName, ...(isColor(color) && { color }) }];
      })
      .slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function readStorage(storage: () => Storage, key = STORAGE_KEY): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

export function writeStorage(storage: () => Storage, text: string, key = STORAGE_KEY) {
  try {
    storage().setItem(key, text);
  } catch {
    // Not persisted; the identity still holds for this page's life.
  }
}

export function initialIdentity(): StoredIdentity {
  if (typeof window === 'undefined') return { identity: ROOT };
  return (
    parseIdentity(readStorage(() => window.sessionStorage)) ??
    parseIdentity(readStorage(() => window.localStorage)) ?? { identity: ROOT }
  );
}

export function initialHistory(): RoleHistoryEntry[] {
  if (typeof window === 'undefined') return [];
  return parseHistory(readStorage(() => window.localStorage, HISTORY_KEY));
}

/**
 * Keeps the identity for this tab (sessionStorage) and, unless `tabOnly`, as the one a new tab
 * starts with (localStorage).
 */
export function persist(identity: ActingIdentity, display?: RoleDisplay, tabOnly = false) {
  if (typeof window === 'undefined') return;
  let stored: Record<string, unknown>;
  switch (identity.kind) {
    case 'root':
      stored = { kind: 'root' };
      break;
    case 'user':
      stored = {
        kind: 'user',
        userName: identity.userName,
        ...(identity.mfa && { mfa: identity.mfa }),
      };
      break;
    case 'role-session': {
      const { roleName, roleArn, sessionName, issuedAt, expiration, mfa } = identity;
      stored = {
        kind: 'role-session',
        roleName,
        roleArn,
        sessionName,
        issuedAt,
        ...(expiration && { expiration }),
        ...(mfa && { mfa }),
        ...display,
      };
    }
  }
  const text = JSON.stringify(stored);
  writeStorage(() => window.sessionStorage, text);
  if (!tabOnly) writeStorage(() => window.localStorage, text);
}
