// IAM > IAM user groups > <name>: Summary, and the Users and Permissions tabs (tab in the URL).
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { groupQuery } from '@/queries/iam-groups';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { DeleteGroupsModal } from './delete-groups-modal';
import { GroupPermissionsTab } from './group-permissions-tab';
import { GroupUsersTab } from './group-users-tab';
import { GroupsHelp } from './groups-help';

export function GroupDetailsPage() {
  const groupName = useParams().groupName ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = search.get('section') === 'permissions' ? 'permissions' : 'users';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM user groups', path: paths.groups() },
      { text: groupName, path: paths.group(groupName) },
    ],
    help: GroupsHelp,
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const group = useQuery(groupQuery(caller, groupName));
  const [deleting, setDeleting] = useState(false);
  const users = group.data?.users ?? [];
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          actions={<Button onClick={() => setDeleting(true)}>Delete</Button>}
        >
          {groupName}
        </Header>
      }
    >
      {group.error ? (
        <ApiErrorAlert error={group.error} header="Failed to load the user group" />
      ) : (
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Summary</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'User group name', value: groupName },
                { label: 'Creation time', value: formatConsoleDate(group.data?.group.createDate) },
                {
                  label: 'ARN',
                  value: group.data ? (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={group.data.group.arn}
                      copyButtonAriaLabel="Copy ARN"
                      copySuccessText="ARN copied"
                      copyErrorText="ARN failed to copy"
                    />
                  ) : (
                    '-'
                  ),
                },
              ]}
            />
          </Container>
          <Tabs
            activeTabId={tab}
            onChange={(e) => setSearch({ section: e.detail.activeTabId }, { replace: true })}
            tabs={[
              {
                id: 'users',
                label: `Users (${users.length})`,
                content: (
                  <GroupUsersTab groupName={groupName} users={users} loading={group.isPending} />
                ),
              },
              {
                id: 'permissions',
                label: 'Permissions',
                content: <GroupPermissionsTab groupName={groupName} />,
              },
            ]}
          />
        </SpaceBetween>
      )}
      {deleting && (
        <DeleteGroupsModal
          groupNames={[groupName]}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => navigate(paths.groups())}
        />
      )}
    </ContentLayout>
  );
}
