// Every IAM console URL (route paths; the hash router prefixes them with #). S3 and EC2 keep theirs
// in their features (s3Paths, ec2Paths).

const seg = (value: string) => encodeURIComponent(value);

/** Tabs of a detail page, kept in the URL so a shared link opens the same tab. */
export type UserTab = 'permissions' | 'groups' | 'tags' | 'security_credentials' | 'access_advisor';
export type GroupTab = 'users' | 'permissions';
export type ScpTab = 'content' | 'targets';
export type RoleTab =
  'permissions' | 'trust_relationships' | 'tags' | 'access_advisor' | 'revoke_sessions';

/** What the Switch Role form may be opened with (the console's switchrole link parameters). */
export interface SwitchRoleParams {
  account?: string;
  roleName?: string;
  displayName?: string;
  color?: string;
}

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
  );
  return entries.length === 0 ? '' : `?${entries.map(([k, v]) => `${k}=${seg(v)}`).join('&')}`;
}
export type PolicyTab = 'permissions' | 'entities' | 'tags' | 'versions';

export const paths = {
  home: () => '/',
  dashboard: () => '/iam/home',
  users: () => '/iam/users',
  createUser: () => '/iam/users/create',
  user: (userName: string, tab?: UserTab) =>
    `/iam/users/details/${seg(userName)}${tab ? `?section=${tab}` : ''}`,
  addUserPermissions: (userName: string) => `/iam/users/details/${seg(userName)}/add-permissions`,
  userInlinePolicy: (userName: string, policyName?: string) =>
    `/iam/users/details/${seg(userName)}/inline-policy${policyName ? `?name=${seg(policyName)}` : ''}`,
  groups: () => '/iam/groups',
  createGroup: () => '/iam/groups/create',
  group: (groupName: string, tab?: GroupTab) =>
    `/iam/groups/details/${seg(groupName)}${tab ? `?section=${tab}` : ''}`,
  groupInlinePolicy: (groupName: string, policyName?: string) =>
    `/iam/groups/details/${seg(groupName)}/inline-policy${policyName ? `?name=${seg(policyName)}` : ''}`,
  roles: () => '/iam/roles',
  createRole: () => '/iam/roles/create',
  role: (roleName: string, tab?: RoleTab) =>
    `/iam/roles/details/${seg(roleName)}${tab ? `?section=${tab}` : ''}`,
  roleAttachPolicies: (roleName: string) => `/iam/roles/details/${seg(roleName)}/attach-policies`,
  roleInlinePolicy: (roleName: string, policyName?: string) =>
    `/iam/roles/details/${seg(roleName)}/inline-policy${policyName ? `?name=${seg(policyName)}` : ''}`,
  editTrustPolicy: (roleName: string) => `/iam/roles/details/${seg(roleName)}/edit-trust-policy`,
  /** The console's Switch Role page (signin.aws.amazon.com/switchrole). */
  switchRole: (params: SwitchRoleParams = {}) => `/switchrole${query({ ...params })}`,
  policies: () => '/iam/policies',
  createPolicy: () => '/iam/policies/create',
  /** Edit a customer managed policy: the JSON editor, then "Review and save". */
  editPolicy: (policyArn: string) => `/iam/policies/details/${seg(policyArn)}/edit`,
  /** Managed policies are addressed by ARN, as in the AWS console. */
  policy: (policyArn: string, tab?: PolicyTab) =>
    `/iam/policies/details/${seg(policyArn)}${tab ? `?section=${tab}` : ''}`,
  /** Access reports > Service control policies (the lab organization's SCPs). */
  serviceControlPolicies: () => '/iam/organization/scps',
  createScp: () => '/iam/organization/scps/create',
  scp: (policyId: string, tab?: ScpTab) =>
    `/iam/organization/scps/details/${seg(policyId)}${tab ? `?section=${tab}` : ''}`,
  editScp: (policyId: string) => `/iam/organization/scps/details/${seg(policyId)}/edit`,
  scenarios: () => '/lab/scenarios',
  /** Lab > Labs: the labs kept side by side, export, import and share links. */
  labs: () => '/lab/labs',
  /** A share link: the scenario itself, deflated and base64url-encoded, in `s`. */
  openScenario: (s: string) => `/scenarios/open?s=${s}`,
  /** The lab's timeline of account changes, with "Restore to here". */
  timeline: () => '/lab/timeline',
  /** The lab's request context panel: the global condition keys every call sends. */
  requestContext: () => '/lab/request-context',
  /** Predict mode's score, recent predictions and misconceptions. */
  predictions: () => '/lab/predictions',
  accountSettings: () => '/iam/account_settings',
  editPasswordPolicy: () => '/iam/account_settings/password_policy/edit',
  credentialReport: () => '/iam/credential_report',
  /** The IAM policy simulator; `sim` holds its settings, so a simulation can be shared. */
  policySimulator: (sim?: string) => `/iam/policy-simulator${query({ sim })}`,
  /** The console's "Simulate" on a Permissions tab: the simulator with that principal chosen. */
  simulatePrincipal: (principalKind: 'user' | 'group' | 'role', principalName: string) =>
    `/iam/policy-simulator${query({ sim: JSON.stringify({ principalKind, principalName }) })}`,
  whoCan: () => '/iam/who-can',
  accessMatrix: () => '/iam/access-matrix',
  createAccessKey: (userName: string) => `/iam/users/details/${seg(userName)}/create-access-key`,
  assignMfaDevice: (userName: string) => `/iam/users/details/${seg(userName)}/mfa/assign`,
  /** The root user's own credentials page. */
  mySecurityCredentials: () => '/iam/security_credentials',
  assignRootMfaDevice: () => '/iam/security_credentials/mfa/assign',
  /** The "IAM user sign in" page; outside the console frame, as AWS's sign-in pages are. */
  signIn: (account?: string) => `/signin${account ? `?account=${seg(account)}` : ''}`,
};

/** AWS documentation pages behind "Learn more" links: opened in a new tab, only when clicked. */
export const docs = {
  users: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html',
  createUser: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html',
  groups: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html',
  roles: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html',
  policies: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html',
  createPolicy:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_create-console.html',
  policyVersions:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html',
  managedVsInline:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  policyValidation:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html',
  quotas: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
  dashboard: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
  createRole: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create.html',
  switchRole:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html',
  revokeSessions:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
  passwordPolicy:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  accountAlias: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html',
  credentialReport:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  policySimulator:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html',
  accessKeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  mfa: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  tags: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html',
  scps: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  serviceLinkedRoles:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
};
