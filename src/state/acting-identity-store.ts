// Who the learner is acting as: the account's root user or one IAM user ("Switch to user").
// Kept per tab in sessionStorage so a reload keeps it; a new tab starts as the last identity used
// (localStorage), as a browser that stays signed in would.
import { create } from 'zustand';

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
    };

const STORAGE_KEY = 'iam-console-lab.acting-identity';
const ROOT: ActingIdentity = {
  kind: 'root',
  arn: `arn:aws:iam::${LAB_ACCOUNT_ID}:root`,
  accountId: LAB_ACCOUNT_ID,
};

function userIdentity(userName: string, mfa?: { authenticatedAt: number }): ActingIdentity {
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

/** Checks stored JSON once, at the edge: anything unexpected means root. */
function parseIdentity(text: string | null): ActingIdentity | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (record.kind === 'root') return ROOT;
    if (record.kind === 'user' && typeof record.userName === 'string' && record.userName) {
      return userIdentity(record.userName, parseMfa(record.mfa));
    }
  } catch {
    // Corrupt storage: start as root.
  }
  return undefined;
}

function readStorage(storage: () => Storage): string | null {
  try {
    return storage().getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

function writeStorage(storage: () => Storage, text: string) {
  try {
    storage().setItem(STORAGE_KEY, text);
  } catch {
    // Not persisted; the identity still holds for this page's life.
  }
}

function initialIdentity(): ActingIdentity {
  if (typeof window === 'undefined') return ROOT;
  return (
    parseIdentity(readStorage(() => window.sessionStorage)) ??
    parseIdentity(readStorage(() => window.localStorage)) ??
    ROOT
  );
}

function persist(identity: ActingIdentity) {
  if (typeof window === 'undefined') return;
  const text = JSON.stringify(
    identity.kind === 'root'
      ? { kind: 'root' }
      : { kind: 'user', userName: identity.userName, ...(identity.mfa && { mfa: identity.mfa }) },
  );
  writeStorage(() => window.sessionStorage, text);
  writeStorage(() => window.localStorage, text);
}

interface ActingIdentityState {
  identity: ActingIdentity;
  /** The lab shortcut: act as this IAM user, with no password. */
  switchToUser: (userName: string) => void;
  /** Back to the account's root user. */
  switchBack: () => void;
  /** "IAM user sign in" succeeded: act as that user, with the MFA sign-in time if a code was given. */
  signInAsUser: (userName: string, mfa?: { authenticatedAt: number }) => void;
}

export const useActingIdentity = create<ActingIdentityState>()((set) => ({
  identity: initialIdentity(),
  switchToUser: (userName) => {
    const identity = userIdentity(userName);
    persist(identity);
    set({ identity });
  },
  switchBack: () => {
    persist(ROOT);
    set({ identity: ROOT });
  },
  signInAsUser: (userName, mfa) => {
    const identity = userIdentity(userName, mfa);
    persist(identity);
    set({ identity });
  },
}));

/** The caller every query and mutation runs as. */
export function useCaller(): ActingIdentity {
  return useActingIdentity((s) => s.identity);
}
