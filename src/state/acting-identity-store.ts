// Who the learner is acting as: the account's root user, one IAM user ("Switch to user"), or a
// session of a role that user switched to ("Switch role"). Kept per tab in sessionStorage so a
// reload keeps it; a new tab starts as the last identity used (localStorage), as a browser that
// stays signed in would. The role history, like the console's, is shared by every tab.
import { create } from 'zustand';
import {
  HISTORY_KEY,
  HISTORY_SIZE,
  ROOT,
  initialHistory,
  initialIdentity,
  persist,
  roleSessionIdentity,
  userIdentity,
  writeStorage,
  type ActingIdentity,
  type RoleDisplay,
  type RoleHistoryEntry,
  type RoleSessionIdentity,
} from './acting-identity-persistence';

export {
  LAB_ACCOUNT_ID,
  ROLE_COLORS,
  formatAccountId,
  type ActingIdentity,
  type RoleColor,
  type RoleDisplay,
  type RoleHistoryEntry,
  type RoleSessionIdentity,
} from './acting-identity-persistence';

interface ActingIdentityState {
  identity: ActingIdentity;
  /** Set while acting as a role session. */
  roleDisplay?: RoleDisplay;
  /** The roles switched to recently, newest first. */
  roleHistory: RoleHistoryEntry[];
  /** The lab shortcut: act as this IAM user, with no password. */
  switchToUser: (userName: string) => void;
  /** Back to the account's root user. */
  switchBack: () => void;
  /** Acts as a session AssumeRole returned; remembers the role in the history. */
  switchToRole: (session: RoleSessionIdentity, display: RoleDisplay) => void;
  /**
   * "Act as this instance's role": a session EC2 made for an instance (no role history). Switch
   * back returns to the identity that was acting before.
   */
  actAsInstanceRole: (session: RoleSessionIdentity) => void;
  /** "Switch back": from a role session to the IAM user who switched. */
  switchBackFromRole: () => void;
  /** "IAM user sign in" succeeded: act as that user, with the MFA sign-in time if a code was given. */
  signInAsUser: (userName: string, mfa?: { authenticatedAt: number }) => void;
}

const initial = initialIdentity();
// The tab keeps the identity it started with, so a reload never takes up the one another tab
// switched to since (that one is only where a new tab starts).
persist(initial.identity, initial.roleDisplay, true);

export const useActingIdentity = create<ActingIdentityState>()((set, get) => ({
  identity: initial.identity,
  ...(initial.roleDisplay && { roleDisplay: initial.roleDisplay }),
  roleHistory: initialHistory(),
  switchToUser: (userName) => {
    const identity = userIdentity(userName);
    persist(identity);
    set({ identity, roleDisplay: undefined });
  },
  switchBack: () => {
    persist(ROOT);
    set({ identity: ROOT, roleDisplay: undefined });
  },
  switchToRole: (session, display) => {
    const identity = roleSessionIdentity(
      session.roleName,
      session.roleArn,
      session.sessionName,
      session.issuedAt,
      session.expiration,
      session.mfa,
    );
    const entry: RoleHistoryEntry = {
      accountId: identity.accountId,
      roleName: identity.roleName,
      displayName: display.displayName,
      ...(display.color && { color: display.color }),
    };
    const roleHistory = [
      entry,
      ...get().roleHistory.filter(
        (e) => !(e.accountId === entry.accountId && e.roleName === entry.roleName),
      ),
    ].slice(0, HISTORY_SIZE);
    persist(identity, display);
    if (typeof window !== 'undefined') {
      writeStorage(() => window.localStorage, JSON.stringify(roleHistory), HISTORY_KEY);
    }
    set({ identity, roleDisplay: display, roleHistory });
  },
  actAsInstanceRole: (session) => {
    const identity = roleSessionIdentity(
      session.roleName,
      session.roleArn,
      session.sessionName,
      session.issuedAt,
      session.expiration,
    );
    const before = switchingIdentity(get());
    const display: RoleDisplay = {
      displayName: `${session.roleName} @ ${session.sessionName}`,
      sourceUserName: before.kind === 'user' ? before.userName : 'root',
      ...(before.kind === 'root' && { fromRoot: true }),
    };
    persist(identity, display);
    set({ identity, roleDisplay: display });
  },
  switchBackFromRole: () => {
    const { roleDisplay: display, identity: current } = get();
    // Switching back keeps the MFA the user signed in with.
    const mfa = current.kind === 'role-session' ? current.mfa : undefined;
    const identity =
      display && !display.fromRoot ? userIdentity(display.sourceUserName, mfa) : ROOT;
    persist(identity);
    set({ identity, roleDisplay: undefined });
  },
  signInAsUser: (userName, mfa) => {
    const identity = userIdentity(userName, mfa);
    persist(identity);
    set({ identity, roleDisplay: undefined });
  },
}));

/** The IAM user the learner is signed in as: the user itself, or the one who switched role. */
export function signedInUserName(state: {
  identity: ActingIdentity;
  roleDisplay?: RoleDisplay;
}): string | undefined {
  if (state.identity.kind === 'user') return state.identity.userName;
  return state.roleDisplay?.sourceUserName;
}

/**
 * The identity that authorizes a role switch: the signed-in IAM user (with the MFA of its sign-in,
 * also while a role is active), never an earlier role session; root stays root.
 */
export function switchingIdentity(state: {
  identity: ActingIdentity;
  roleDisplay?: RoleDisplay;
}): ActingIdentity {
  const { identity, roleDisplay } = state;
  if (identity.kind !== 'role-session') return identity;
  return roleDisplay ? userIdentity(roleDisplay.sourceUserName, identity.mfa) : ROOT;
}

/** The caller every query and mutation runs as. */
export function useCaller(): ActingIdentity {
  return useActingIdentity((s) => s.identity);
}
