// IAM's pages and the lab's own. Each loads lazily, so the first page load stays small.
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { useActingIdentity } from '@/state/acting-identity-store';

export const iamRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/iam/access-matrix',
    // The account read starts with the navigation, while the page's code loads, and so do the
    // workers (which read the account too and compute ahead); the loader waits for neither. The
    // query and worker modules come in small chunks of their own, beside the page's.
    loader: () => {
      const caller = useActingIdentity.getState().identity;
      void import('@/features/simulator/access-matrix-preload').then((m) =>
        m.preloadAccessMatrix(),
      );
      void import('@/queries/access-tools').then((m) =>
        queryClient.prefetchQuery(m.authorizationDetailsQuery(caller)),
      );
      return null;
    },
    lazy: () =>
      import('@/features/simulator/access-matrix-page').then((m) => ({
        Component: m.AccessMatrixPage,
      })),
  },
  {
    path: '/iam/who-can',
    lazy: () =>
      import('@/features/simulator/who-can-page').then((m) => ({ Component: m.WhoCanPage })),
  },
  {
    path: '/iam/policy-simulator',
    lazy: () =>
      import('@/features/simulator/simulator-page').then((m) => ({ Component: m.SimulatorPage })),
  },
  {
    path: '/iam/home',
    lazy: () =>
      import('@/features/dashboard/dashboard-page').then((m) => ({ Component: m.DashboardPage })),
  },
  {
    path: '/iam/users',
    lazy: () => import('@/features/users/users-page').then((m) => ({ Component: m.UsersPage })),
  },
  {
    path: '/iam/users/create',
    lazy: () =>
      import('@/features/users/create-user-page').then((m) => ({ Component: m.CreateUserPage })),
  },
  {
    path: '/iam/users/details/:userName',
    lazy: () =>
      import('@/features/users/user-details-page').then((m) => ({
        Component: m.UserDetailsPage,
      })),
  },
  {
    path: '/iam/users/details/:userName/add-permissions',
    lazy: () =>
      import('@/features/users/add-user-permissions-page').then((m) => ({
        Component: m.AddUserPermissionsPage,
      })),
  },
  {
    path: '/iam/users/details/:userName/inline-policy',
    lazy: () =>
      import('@/features/users/user-inline-policy-page').then((m) => ({
        Component: m.UserInlinePolicyPage,
      })),
  },
  {
    path: '/iam/groups',
    lazy: () => import('@/features/groups/groups-page').then((m) => ({ Component: m.GroupsPage })),
  },
  {
    path: '/iam/groups/create',
    lazy: () =>
      import('@/features/groups/create-group-page').then((m) => ({
        Component: m.CreateGroupPage,
      })),
  },
  {
    path: '/iam/groups/details/:groupName',
    lazy: () =>
      import('@/features/groups/group-details-page').then((m) => ({
        Component: m.GroupDetailsPage,
      })),
  },
  {
    path: '/iam/groups/details/:groupName/inline-policy',
    lazy: () =>
      import('@/features/groups/group-inline-policy-page').then((m) => ({
        Component: m.GroupInlinePolicyPage,
      })),
  },
  {
    path: '/iam/roles',
    lazy: () => import('@/features/roles/roles-page').then((m) => ({ Component: m.RolesPage })),
  },
  {
    path: '/iam/roles/create',
    lazy: () =>
      import('@/features/roles/create-role-page').then((m) => ({ Component: m.CreateRolePage })),
  },
  {
    path: '/iam/roles/details/:roleName',
    lazy: () =>
      import('@/features/roles/role-details-page').then((m) => ({
        Component: m.RoleDetailsPage,
      })),
  },
  {
    path: '/iam/roles/details/:roleName/attach-policies',
    lazy: () =>
      import('@/features/roles/attach-role-policies-page').then((m) => ({
        Component: m.AttachRolePoliciesPage,
      })),
  },
  {
    path: '/iam/roles/details/:roleName/inline-policy',
    lazy: () =>
      import('@/features/roles/role-inline-policy-page').then((m) => ({
        Component: m.RoleInlinePolicyPage,
      })),
  },
  {
    path: '/iam/roles/details/:roleName/edit-trust-policy',
    lazy: () =>
      import('@/features/roles/edit-trust-policy-page').then((m) => ({
        Component: m.EditTrustPolicyPage,
      })),
  },
  {
    path: '/switchrole',
    lazy: () =>
      import('@/features/roles/switch-role-page').then((m) => ({ Component: m.SwitchRolePage })),
  },
  {
    path: '/iam/policies',
    lazy: () =>
      import('@/features/policies/policies-page').then((m) => ({ Component: m.PoliciesPage })),
  },
  {
    path: '/iam/policies/create',
    lazy: () =>
      import('@/features/policies/create-policy-page').then((m) => ({
        Component: m.CreatePolicyPage,
      })),
  },
  {
    path: '/iam/policies/details/:policyArn/edit',
    lazy: () =>
      import('@/features/policies/edit-policy-page').then((m) => ({
        Component: m.EditPolicyPage,
      })),
  },
  {
    path: '/iam/policies/details/:policyArn',
    lazy: () =>
      import('@/features/policies/policy-details-page').then((m) => ({
        Component: m.PolicyDetailsPage,
      })),
  },
  {
    path: '/iam/account_settings',
    lazy: () =>
      import('@/features/account-settings/account-settings-page').then((m) => ({
        Component: m.AccountSettingsPage,
      })),
  },
  {
    path: '/iam/account_settings/password_policy/edit',
    lazy: () =>
      import('@/features/account-settings/edit-password-policy-page').then((m) => ({
        Component: m.EditPasswordPolicyPage,
      })),
  },
  {
    path: '/iam/credential_report',
    lazy: () =>
      import('@/features/credential-report/credential-report-page').then((m) => ({
        Component: m.CredentialReportPage,
      })),
  },
  {
    path: '/iam/users/details/:userName/create-access-key',
    lazy: () =>
      import('@/features/users/create-access-key-page').then((m) => ({
        Component: m.CreateAccessKeyPage,
      })),
  },
  {
    path: '/iam/users/details/:userName/mfa/assign',
    lazy: () =>
      import('@/features/users/assign-mfa-page').then((m) => ({
        Component: m.AssignMfaPage,
      })),
  },
  {
    path: '/iam/security_credentials',
    lazy: () =>
      import('@/features/users/my-security-credentials-page').then((m) => ({
        Component: m.MySecurityCredentialsPage,
      })),
  },
  {
    path: '/iam/security_credentials/mfa/assign',
    lazy: () =>
      import('@/features/users/assign-mfa-page').then((m) => ({ Component: m.AssignMfaPage })),
  },
  {
    path: '/iam/organization/scps',
    lazy: () =>
      import('@/features/organizations/scps-page').then((m) => ({ Component: m.ScpsPage })),
  },
  {
    path: '/iam/organization/scps/create',
    lazy: () =>
      import('@/features/organizations/scp-editor-page').then((m) => ({
        Component: m.ScpEditorPage,
      })),
  },
  {
    path: '/iam/organization/scps/details/:policyId',
    lazy: () =>
      import('@/features/organizations/scp-details-page').then((m) => ({
        Component: m.ScpDetailsPage,
      })),
  },
  {
    path: '/iam/organization/scps/details/:policyId/edit',
    lazy: () =>
      import('@/features/organizations/scp-editor-page').then((m) => ({
        Component: m.ScpEditorPage,
      })),
  },
  {
    path: '/lab/scenarios',
    lazy: () =>
      import('@/features/scenarios/scenarios-page').then((m) => ({
        Component: m.ScenariosPage,
      })),
  },
  {
    path: '/lab/labs',
    lazy: () => import('@/features/labs/labs-page').then((m) => ({ Component: m.LabsPage })),
  },
  {
    // A share link; outside /lab/ as the issue names it, inside the console frame.
    path: '/scenarios/open',
    lazy: () =>
      import('@/features/labs/open-scenario-page').then((m) => ({
        Component: m.OpenScenarioPage,
      })),
  },
  {
    path: '/lab/timeline',
    lazy: () =>
      import('@/features/timeline/timeline-page').then((m) => ({ Component: m.TimelinePage })),
  },
  {
    path: '/lab/request-context',
    lazy: () =>
      import('@/features/request-context/request-context-page').then((m) => ({
        Component: m.RequestContextPage,
      })),
  },
  {
    path: '/lab/predictions',
    lazy: () =>
      import('@/features/predictions/predictions-page').then((m) => ({
        Component: m.PredictionsPage,
      })),
  },
];
