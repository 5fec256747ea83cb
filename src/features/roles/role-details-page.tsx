// IAM > Roles > <name>: Summary, and the tabs Permissions, Trust relationships, Tags, Last Accessed
// and Revoke sessions (the tab is in the URL).
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, type RoleTab } from '@/paths';
import { roleSummaryQuery } from '@/queries/iam-roles';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteRoleModal } from './delete-role-modal';
import { EditRoleModal } from './edit-role-modal';
import { RoleLastAccessedTab } from './role-last-accessed-tab';
import { RolePermissionsTab } from './role-permissions-tab';
import { RoleRevokeSessionsTab } from './role-revoke-sessions-tab';
import { RoleSummary } from './role-summary';
import { RoleTagsTab } from './role-tags-tab';
import { RoleTrustTab } from './role-trust-tab';
import { RolesHelp } from './roles-help';

const TABS: readonly RoleTab[] = [
  'permissions',
  'trust_relationships',
  'tags',
  'access_advisor',
  'revoke_sessions',
];

export function RoleDetailsPage() {
  const roleName = useParams().roleName ?? '';
  const [search, setSearch] = useSearchParams();
  const section = search.get('section');
  const tab: RoleTab = TABS.find((t) => t === section) ?? 'permissions';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
      { text: roleName, path: paths.role(roleName) },
    ],
    help: RolesHelp,
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const summary = useQuery(roleSummaryQuery(caller, roleName));
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const role = summary.data?.role;
  const readOnly = role?.serviceLinkedService !== undefined;
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
          description={role?.description || undefined}
          actions={
            <Button disabled={readOnly} onClick={() => setDeleting(true)}>
              Delete
            </Button>
          }
        >
          {roleName}
        </Header>
      }
    >
      {summary.error ? (
        <ApiErrorAlert error={summary.error} header="Failed to load the role" />
      ) : (
        <SpaceBetween size="l">
          {summary.data && <RoleSummary summary={summary.data} onEdit={() => setEditing(true)} />}
          {role && (
            <Tabs
              activeTabId={tab}
              onChange={(e) => setSearch({ section: e.detail.activeTabId }, { replace: true })}
              tabs={[
                {
                  id: 'permissions',
                  label: 'Permissions',
                  content: <RolePermissionsTab roleName={roleName} readOnly={readOnly} />,
                },
                {
                  id: 'trust_relationships',
                  label: 'Trust relationships',
                  content: <RoleTrustTab role={role} />,
                },
                {
                  id: 'tags',
                  label: 'Tags',
                  content: <RoleTagsTab roleName={roleName} tags={role.tags} readOnly={readOnly} />,
                },
                {
                  id: 'access_advisor',
                  label: 'Last Accessed',
                  content: <RoleLastAccessedTab roleName={roleName} />,
                },
                {
                  id: 'revoke_sessions',
                  label: 'Revoke sessions',
                  content: <RoleRevokeSessionsTab roleName={roleName} readOnly={readOnly} />,
                },
              ]}
            />
          )}
        </SpaceBetween>
      )}
      {deleting && (
        <DeleteRoleModal
          roleName={roleName}
          lastActivity={summary.data?.lastActivity}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => navigate(paths.roles())}
        />
      )}
      {editing && role && <EditRoleModal role={role} onDismiss={() => setEditing(false)} />}
    </ContentLayout>
  );
}
