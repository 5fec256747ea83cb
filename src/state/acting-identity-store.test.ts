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

  it.each([['not json'], ['{"kind":"admin"}'], ['{"kind":"user","userName":""}'], ['null']])(
    'treats stored %s as root',
    async (stored) => {
      window.sessionStorage.setItem(KEY, stored);
      const { useActingIdentity } = await freshStore();
      expect(useActingIdentity.getState().identity.kind).toBe('root');
    },
  );

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

  it('signs in without MFA when no code was given', async () => {
    const { useActingIdentity } = await freshStore();
    useActingIdentity.getState().signInAsUser('user-2');
    expect(useActingIdentity.getState().identity).not.toHaveProperty('mfa');
  });
});
