// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rootCaller } from '@/aws/caller';
import * as iam from '@/aws/iam';
import { createQueryClient } from '@/queries/query-client';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { useFreshIndexedDb } from '@/storage/test-support';
import { ConsoleTopNavigation } from './console-top-navigation';

afterEach(cleanup);
beforeEach(async () => {
  await useFreshIndexedDb();
  useActingIdentity.getState().switchBack();
  useFlash.getState().clearFlashes();
});

function renderNav(path = '/iam/users', onCloudShellToggle = () => {}) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <ConsoleTopNavigation onCloudShellToggle={onCloudShellToggle} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('ConsoleTopNavigation', () => {
  it('Undo names the latest action; Ctrl+Z undoes it, except while typing in a field', async () => {
    await iam.createUser(rootCaller(), { userName: 'user-1' });
    renderNav();
    // The lab module loads on first use, which takes a while under jsdom.
    await screen.findByRole('button', { name: 'Undo CreateUser' }, { timeout: 20000 });
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(useFlash.getState().messages).toEqual([]);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await screen.findByRole('button', { name: 'Redo CreateUser' }, { timeout: 20000 });
    expect(useFlash.getState().messages[0]?.header).toBe('Undid CreateUser.');
    expect(await iam.listUsers(rootCaller())).toEqual([]);
    expect(screen.getByRole('button', { name: 'Undo (nothing to undo)' })).toBeTruthy();
    field.remove();
  });

  it('the CloudShell icon toggles the CLI panel', () => {
    const toggle = vi.fn();
    renderNav('/iam/users', toggle);
    fireEvent.click(screen.getByRole('button', { name: 'CloudShell' }));
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('names the lab, marks it as not affiliated, and shows the identity with the account', () => {
    renderNav();
    expect(screen.getAllByText('IAM Console Lab').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Lab — not affiliated with AWS' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' }),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Predict mode off (turn on)' })).toBeTruthy();
  });

  it('shows the current service from the path', () => {
    renderNav('/ec2/instances');
    expect(screen.getByRole('button', { name: 'Services, current: EC2' })).toBeTruthy();
  });

  it('offers "Switch back" only while acting as a user, and it returns to root', () => {
    useActingIdentity.getState().switchToUser('user-2');
    renderNav();
    fireEvent.click(
      screen.getByRole('button', { name: 'Identity: user-2, account 1234-5678-9012' }),
    );
    expect(screen.getByRole('menuitem', { name: 'Switch to user' })).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Switch back' }));
    expect(useActingIdentity.getState().identity.kind).toBe('root');
    expect(useFlash.getState().messages[0]?.header).toBe('Switched back to the root user.');
  });

  it('in a role: "Currently active as", "Signed in as", and "Switch back" returns to the user', () => {
    useActingIdentity.getState().switchToUser('user-2');
    useActingIdentity.getState().switchToRole(
      {
        kind: 'role-session',
        arn: 'arn:aws:sts::123456789012:assumed-role/S3Reader/user-2',
        accountId: '123456789012',
        roleName: 'S3Reader',
        roleArn: 'arn:aws:iam::123456789012:role/S3Reader',
        sessionName: 'user-2',
        issuedAt: '2026-06-01T10:00:00.000Z',
      },
      { displayName: 'Reader', color: 'blue', sourceUserName: 'user-2' },
    );
    renderNav();
    expect(screen.getByRole('note', { name: 'Active role Reader, color blue' })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Identity: Reader, account 1234-5678-9012' }),
    );
    expect(screen.getByRole('menuitem', { name: 'Currently active as S3Reader' })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Signed in as user-2' })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Reader' })).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Switch back' }));
    expect(useActingIdentity.getState().identity).toMatchObject({
      kind: 'user',
      userName: 'user-2',
    });
    expect(useFlash.getState().messages[0]?.header).toBe('Switched back to the IAM user user-2.');
  });

  it('offers no Switch role to the root user', () => {
    renderNav();
    fireEvent.click(screen.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' }));
    expect(screen.queryByRole('menuitem', { name: 'Switch role' })).toBeNull();
  });
});
