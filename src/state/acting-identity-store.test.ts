// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'iam-console-lab.acting-identity';

async function freshStore() {
  vi.resetModules();
  return import('./acting-identity-store');
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('useActingIdentity', () => {
  it('starts as the root user of the lab account', async () => {
    const { useActingIdentity } = await freshStore();
    expect(useActingIdentity.getState().identity).toEqual({
      kind: 'root',
      arn: 'arn:aws:iam::123456789012:root',
      accountId: '123456789012',
    });
  });

  it('keeps a switch in this tab (sessionStorage) and for new tabs (localStorage)', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().switchToUser('user-2');
    expect(JSON.parse(window.sessionStorage.getItem(KEY) ?? '')).toEqual({
      kind: 'user',
      userName: 'user-2',
    });
    expect(window.localStorage.getItem(KEY)).toBe(window.sessionStorage.getItem(KEY));
    const reloaded = await freshStore();
    expect(reloaded.useActingIdentity.getState().identity).toMatchObject({
      kind: 'user',
      arn: 'arn:aws:iam::123456789012:user/user-2',
    });
  });

  it("prefers this tab's identity over the last one used in another tab", async () => {
    window.localStorage.setItem(KEY, JSON.stringify({ kind: 'user', userName: 'user-1' }));
    window.sessionStorage.setItem(KEY, JSON.stringify({ kind: 'user', userName: 'user-3' }));
    const { useActingIdentity } = await freshStore();
    expect(useActingIdentity.getState().identity).toMatchObject({ userName: 'user-3' });
  });

  it('a tab that never switched keeps its identity across a reload, whatever another tab chose', async () => {
    await freshStore();
    // Another tab switches to user-1 afterwards: it becomes where a new tab starts, not this tab.
    window.localStorage.setItem(KEY, JSON.stringify({ kind: 'user', userName: 'user-1' }));
    const reloaded = await freshStore();
    expect(reloaded.useActingIdentity.getState().identity.kind).toBe('root');
    window.sessionStorage.clear();
    const newTab = await freshStore();
    expect(newTab.useActingIdentity.getState().identity).toMatchObject({ userName: 'user-1' });
  });

  it.each([['not json'], ['{"kind":"admin"}'], ['{"kind":"user","userName":""}'], ['null']])(
    'treats stored %s as root',
    async (stored) => {
      window.sessionStorage.setItem(KEY, stored);
      const { useActingIdentity } = await freshStore();
      expect(useActingIdentity.getState().identity.kind).toBe('root');
    },
  );

  it('keeps a role session across a reload, remembers it in the history, and switches back to the user', async () => {
    const { useActingIdentity, signedInUserName } = await freshStore();
    useActingIdentity.getState().switchToUser('user-2');
    useActingIdentity.getState().switchToRole(
      {
        kind: 'role-session',
        arn: 'ignored: rebuilt from the role name and session',
        accountId: '123456789012',
        roleName: 'S3Reader',
        roleArn: 'arn:aws:iam::123456789012:role/S3Reader',
        sessionName: 'user-2',
        issuedAt: '2026-06-01T10:00:00.000Z',
      },
      { displayName: 'Reader', color: 'green', sourceUserName: 'user-2' },
    );
    const reloaded = (await freshStore()).useActingIdentity.getState();
    expect(reloaded.identity).toEqual({
      kind: 'role-session',
      arn: 'arn:aws:sts::123456789012:assumed-role/S3Reader/user-2',
      accountId: '123456789012',
      roleName: 'S3Reader',
      roleArn: 'arn:aws:iam::123456789012:role/S3Reader',
      sessionName: 'user-2',
      issuedAt: '2026-06-01T10:00:00.000Z',
    });
    expect(reloaded.roleDisplay).toEqual({
      displayName: 'Reader',
      color: 'green',
      sourceUserName: 'user-2',
    });
    expect(signedInUserName(reloaded)).toBe('user-2');
    expect(reloaded.roleHistory).toEqual([
      { accountId: '123456789012', roleName: 'S3Reader', displayName: 'Reader', color: 'green' },
    ]);
    reloaded.switchBackFromRole();
    const after = (await freshStore()).useActingIdentity.getState();
    expect(after.identity).toMatchObject({ kind: 'user', userName: 'user-2' });
    expect(after.roleHistory).toHaveLength(1);
  });

  it.each([
    ['another account', 'arn:aws:iam::999999999999:role/X'],
    ['not a role', 'arn:aws:iam::123456789012:user/X'],
  ])('treats a stored role session of %s as root', async (_case, roleArn) => {
    window.sessionStorage.setItem(
      KEY,
      JSON.stringify({
        kind: 'role-session',
        roleName: 'X',
        roleArn,
        sessionName: 'user-1',
        issuedAt: '2026-06-01T10:00:00.000Z',
        sourceUserName: 'user-1',
      }),
    );
    const { useActingIdentity } = await freshStore();
    expect(useActingIdentity.getState().identity.kind).toBe('root');
  });

  it('formats the account ID as the console does', async () => {
    const { formatAccountId } = await freshStore();
    expect(formatAccountId('123456789012')).toBe('1234-5678-9012');
  });
});

describe('signInAsUser', () => {
  it('keeps the MFA sign-in time across a reload, and drops a malformed one', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().signInAsUser('user-1', { authenticatedAt: 1_800_000_000_000 });
    expect(JSON.parse(window.sessionStorage.getItem(KEY) ?? '')).toEqual({
      kind: 'user',
      userName: 'user-1',
      mfa: { authenticatedAt: 1_800_000_000_000 },
    });
    const reloaded = await freshStore();
    expect(reloaded.useActingIdentity.getState().identity).toMatchObject({
      kind: 'user',
      userName: 'user-1',
      mfa: { authenticatedAt: 1_800_000_000_000 },
    });
    window.sessionStorage.setItem(
      KEY,
      JSON.stringify({ kind: 'user', userName: 'user-1', mfa: { authenticatedAt: 'soon' } }),
    );
    const corrupt = await freshStore();
    expect(corrupt.useActingIdentity.getState().identity).not.toHaveProperty('mfa');
  });

  it('a role switched to after an MFA sign-in keeps the MFA, across a reload and back', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().signInAsUser('user-2', { authenticatedAt: 1_700_000_000_000 });
    useActingIdentity.getState().switchToRole(
      {
        kind: 'role-session',
        arn: 'ignored',
        accountId: '123456789012',
        roleName: 'Admin',
        roleArn: 'arn:aws:iam::123456789012:role/Admin',
        sessionName: 'user-2',
        issuedAt: '2026-06-01T10:00:00.000Z',
        mfa: { authenticatedAt: 1_700_000_000_000 },
      },
      { displayName: 'Admin', sourceUserName: 'user-2' },
    );
    const reloaded = (await freshStore()).useActingIdentity;
    expect(reloaded.getState().identity).toMatchObject({
      kind: 'role-session',
      mfa: { authenticatedAt: 1_700_000_000_000 },
    });
    reloaded.getState().switchBackFromRole();
    expect(reloaded.getState().identity).toMatchObject({
      kind: 'user',
      userName: 'user-2',
      mfa: { authenticatedAt: 1_700_000_000_000 },
    });
  });

  it('signs in without MFA when no code was given', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().signInAsUser('user-2');
    expect(useActingIdentity.getState().identity).not.toHaveProperty('mfa');
  });
});

describe("Act as this instance's role", () => {
  const session = {
    kind: 'role-session' as const,
    arn: 'arn:aws:sts::123456789012:assumed-role/app-server-role/i-0123456789abcdef0',
    accountId: '123456789012',
    roleName: 'app-server-role',
    roleArn: 'arn:aws:iam::123456789012:role/app-server-role',
    sessionName: 'i-0123456789abcdef0',
    issuedAt: '2026-01-01T00:00:00.000Z',
  };

  it('acts as the session without touching the role history, and switches back to root', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().actAsInstanceRole(session);
    expect(useActingIdentity.getState().identity.arn).toBe(session.arn);
    expect(useActingIdentity.getState().roleHistory).toEqual([]);
    // A reload keeps the session and where Switch back goes.
    const reloaded = await freshStore();
    expect(reloaded.useActingIdentity.getState().identity.arn).toBe(session.arn);
    reloaded.useActingIdentity.getState().switchBackFromRole();
    expect(reloaded.useActingIdentity.getState().identity.kind).toBe('root');
  });

  it('switches back to the IAM user who acted as it', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().switchToUser('intern');
    useActingIdentity.getState().actAsInstanceRole(session);
    useActingIdentity.getState().switchBackFromRole();
    expect(useActingIdentity.getState().identity.arn).toBe('arn:aws:iam::123456789012:user/intern');
  });
});
