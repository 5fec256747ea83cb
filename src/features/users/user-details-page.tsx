// IAM > IAM users > <name>: Summary, and the Permissions, Groups, Tags, Security credentials and
// Last Accessed tabs (the tab is in the URL).
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, type UserTab } from '@/paths';
import { accessKeysQuery, mfaDevicesQuery } from '@/queries/iam-credentials';
import { loginProfileQuery, userPermissionsQuery, userQuery } from '@/queries/iam-users';
import { isAwsError } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteUsersModal } from './delete-users-modal';
import { SecurityCredentialsTab } from './security-credentials-tab';
import { UserGroupsTab } from './user-groups-tab';
import { UserLastAccessedTab } from './user-last-accessed-tab';
import { UserTagsTab } from './user-tags-tab';
import { UserPermissionsTab } from './user-permissions-tab';
import { UserSummary } from './user-summary';
import { UserDetailsHelp } from './users-help';

export function UserDetailsPage() {
  const userName = useParams().userName ?? '';
  const [search, setSearch] = useSearchParams();
  const section = search.get('section');
  const tab: UserTab =
    section === 'groups' ||
    section === 'tags' ||
    section === 'security_credentials' ||
    section === 'access_advisor'
      ? section
      : 'permissions';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
      { text: userName, path: paths.user(userName) },
    ],
    help: UserDetailsHelp,
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const user = useQuery(userQuery(caller, userName));
  const profile = useQuery(loginProfileQuery(caller, userName));
  const keys = useQuery(accessKeysQuery(caller, userName));
  const devices = useQuery(mfaDevicesQuery(caller, userName));
  const permissions = useQuery({
    ...userPermissionsQuery(caller, userName),
    enabled: tab === 'security_credentials',
  });
  const [deleting, setDeleting] = useState(false);
  // No login profile is an answer ("Disabled"); a denial leaves it unknown.
  // A query keeps its last data when a refetch fails, so the error decides first.
  const consoleAccess = profile.error
    ? isAwsError(profile.error) && profile.error.code === 'NoSuchEntity'
      ? false
      : undefined
    : profile.data
      ? true
      : undefined;
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
          {userName}
        </Header>
      }
    >
      {user.error ? (
        <ApiErrorAlert error={user.error} header="Failed to load the user" />
      ) : (
        <SpaceBetween size="l">
          {user.data && (
            <UserSummary
              user={user.data}
              consoleAccess={consoleAccess}
              {...(devices.data && { mfaDeviceCount: devices.data.length })}
              {...(keys.data && { accessKeys: keys.data })}
            />
          )}
          <Tabs
            activeTabId={tab}
            onChange={(e) => setSearch({ section: e.detail.activeTabId }, { replace: true })}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                content: <UserPermissionsTab userName={userName} />,
              },
              { id: 'groups', label: 'Groups', content: <UserGroupsTab userName={userName} /> },
              {
                id: 'tags',
                label: 'Tags',
                content: <UserTagsTab userName={userName} tags={user.data?.tags ?? []} />,
              },
              {
                id: 'security_credentials',
                label: 'Security credentials',
                content: (
                  <SecurityCredentialsTab
                    userName={userName}
                    consoleAccess={consoleAccess}
                    passwordCreateDate={profile.data?.createDate}
                    passwordResetRequired={profile.data?.passwordResetRequired ?? false}
                    tags={user.data?.tags ?? []}
                    attachedPolicyArns={(permissions.data ?? [])
                      .filter((p) => p.attachedVia === 'Directly' && p.policyArn)
                      .map((p) => p.policyArn ?? '')}
                  />
                ),
              },
              {
                id: 'access_advisor',
                label: 'Last Accessed',
                content: <UserLastAccessedTab userName={userName} />,
              },
            ]}
          />
        </SpaceBetween>
      )}
      {deleting && (
        <DeleteUsersModal
          userNames={[userName]}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => navigate(paths.users())}
        />
      )}
    </ContentLayout>
  );
}
