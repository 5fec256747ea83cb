// IAM > IAM users: the list, with search, Delete and Create user. Denied without iam:ListUsers,
// with AWS's message.
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { userRowsQuery } from '@/queries/iam-users';
import type { UserRow } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { TableEmptyState } from '@/ui/table-states';
import { DeleteUsersModal } from './delete-users-modal';
import { UsersHelp } from './users-help';
import { UsersTable } from './users-table';

export function UsersPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
    ],
    help: UsersHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const users = useQuery(userRowsQuery(caller));
  const [selected, setSelected] = useState<UserRow[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows = users.data ?? [];
  const createUser = (
    <Button variant="primary" onClick={() => navigate(paths.createUser())}>
      Create user
    </Button>
  );
  const header = (
    <Header
      variant="awsui-h1-sticky"
      counter={
        users.isPending
          ? undefined
          : selected.length
            ? `(${selected.length}/${rows.length})`
            : `(${rows.length})`
      }
      info={
        <Link variant="info" onFollow={openHelp}>
          Info
        </Link>
      }
      description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button
            iconName="refresh"
            ariaLabel="Refresh"
            loading={users.isFetching}
            onClick={() => void users.refetch()}
          />
          <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
            Delete
          </Button>
          {createUser}
        </SpaceBetween>
      }
    >
      IAM users
    </Header>
  );
  return (
    <SpaceBetween size="m">
      {users.error ? <ApiErrorAlert error={users.error} /> : null}
      <UsersTable
        rows={rows}
        loading={users.isPending}
        header={header}
        selectedItems={selected}
        onSelectionChange={setSelected}
        empty={
          users.error ? (
            <TableEmptyState />
          ) : (
            <TableEmptyState title="No resources to display" action={createUser} />
          )
        }
      />
      {deleting && (
        <DeleteUsersModal
          userNames={selected.map((r) => r.user.userName)}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            setSelected([]);
          }}
        />
      )}
    </SpaceBetween>
  );
}
