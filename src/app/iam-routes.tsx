// IAM's pages and the lab's own. Each loads lazily, so the first page load stays small.
import type { RouteObject } from 'react-router';

export const iamRoutes: RouteObject[] = [
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
    path: '/iam/policies/details/:policyArn',
    lazy: () =>
      import('@/features/policies/policy-details-page').then((m) => ({
        Component: m.PolicyDetailsPage,
      })),
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
];
