// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserRow } from '@/queries/types';
import { UsersTable } from './users-table';

afterEach(cleanup);

const user = (userName: string, extra: Partial<UserRow> = {}): UserRow => ({
  user: {
    userName,
    userId: `AIDA${userName.toUpperCase()}`,
    arn: `arn:aws:iam::123456789012:user/${userName}`,
    path: '/',
    createDate: '2026-11-22T06:00:00.000Z',
    tags: [],
  },
  ...extra,
});

function renderTable(rows: UserRow[], onSelectionChange = vi.fn()) {
  render(
    <MemoryRouter>
      <UsersTable
        rows={rows}
        loading={false}
        header={<h1>IAM users</h1>}
        selectedItems={[]}
        onSelectionChange={onSelectionChange}
      />
    </MemoryRouter>,
  );
  return onSelectionChange;
}

describe('UsersTable', () => {
  it('lists users with their groups and console sign-in, names as links', () => {
    renderTable([
      user('user-1', { groupNames: ['S3-Support'], consoleAccess: true }),
      user('user-2', { groupNames: [], consoleAccess: false }),
    ]);
    const row1 = screen.getByRole('row', { name: /user-1/ });
    expect(within(row1).getByRole('link', { name: 'user-1' }).getAttribute('href')).toBe(
      '/iam/users/details/user-1',
    );
    expect(within(row1).getByText('S3-Support')).toBeTruthy();
    expect(within(row1).getByText('Never')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /user-2/ })).getAllByText('None')).toHaveLength(
      2,
    );
  });

  it('shows Last activity from the call records and the password age', () => {
    renderTable([
      user('user-1', {
        consoleAccess: true,
        passwordCreateDate: new Date().toISOString(),
        lastActivity: new Date(Date.now() - 7 * 60_000).toISOString(),
      }),
    ]);
    const row = screen.getByRole('row', { name: /user-1/ });
    expect(within(row).getByText('7 minutes ago')).toBeTruthy();
    expect(within(row).getByText('Today')).toBeTruthy();
  });

  it('renders a hostile-looking name as text', () => {
    renderTable([user('<img src=x onerror=alert(1)>')]);
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('filters by the search text', () => {
    renderTable([user('alice'), user('bob')]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search users' }), {
      target: { value: 'bo' },
    });
    expect(screen.queryByRole('link', { name: 'alice' })).toBeNull();
    expect(screen.getByRole('link', { name: 'bob' })).toBeTruthy();
  });

  it('reports the selected users', () => {
    const onSelectionChange = renderTable([user('alice'), user('bob')]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'bob' }));
    expect(onSelectionChange).toHaveBeenCalledWith([expect.objectContaining({ userName: 'bob' })]);
  });
});
