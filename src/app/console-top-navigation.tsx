// The bar above every page: the lab's name (no AWS logo), the current service, the "not affiliated"
// mark and the identity menu with the lab's "Switch to user" shortcut.
import TopNavigation, {
  type TopNavigationProps,
} from '@cloudscape-design/components/top-navigation';
import { lazy, Suspense, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/paths';
import { formatAccountId, LAB_ACCOUNT_ID, useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { useRouteHref } from './use-route-href';

// Lazy: the dialog reads the lab's users, and the data layer stays out of the first page load.
const SwitchUserModal = lazy(() =>
  import('@/features/identity/switch-user-modal').then((m) => ({ default: m.SwitchUserModal })),
);

const IdentityGuard = lazy(() =>
  import('@/features/identity/identity-guard').then((m) => ({ default: m.IdentityGuard })),
);

const services = [
  { id: 'iam', text: 'IAM', prefix: '/iam', path: paths.dashboard() },
  { id: 's3', text: 'S3', prefix: '/s3', path: '/s3/buckets' },
  { id: 'ec2', text: 'EC2', prefix: '/ec2', path: '/ec2/instances' },
];

export function ConsoleTopNavigation() {
  const identity = useActingIdentity((s) => s.identity);
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [switching, setSwitching] = useState(false);
  const toHref = useRouteHref();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const account = formatAccountId(LAB_ACCOUNT_ID);
  const name = identity.kind === 'root' ? 'root' : identity.userName;
  const service = services.find((s) => pathname.startsWith(s.prefix)) ?? services[0];

  const identityItems: TopNavigationProps.MenuDropdownUtility['items'] = [
    {
      id: 'account',
      text: 'Account',
      items: [
        { id: 'account-id', text: `Account ID: ${account}`, disabled: true },
        {
          id: 'signed-in-as',
          text: identity.kind === 'root' ? 'Signed in as root user' : `IAM user: ${name}`,
          disabled: true,
        },
        ...(identity.kind === 'user' && identity.mfa
          ? [{ id: 'mfa', text: 'Signed in with MFA', disabled: true }]
          : []),
        { id: 'security-credentials', text: 'Security credentials' },
        { id: 'sign-in', text: 'Sign in as IAM user' },
        ...(identity.kind === 'user' ? [{ id: 'sign-out', text: 'Sign out' }] : []),
      ],
    },
    {
      id: 'lab',
      text: 'Lab shortcut (no password)',
      items: [
        { id: 'switch-user', text: 'Switch to user' },
        ...(identity.kind === 'user' ? [{ id: 'switch-back', text: 'Switch back' }] : []),
      ],
    },
  ];

  const utilities: TopNavigationProps.Utility[] = [
    {
      type: 'menu-dropdown',
      text: service?.text ?? 'IAM',
      description: 'Services',
      ariaLabel: `Services, current: ${service?.text ?? 'IAM'}`,
      items: services.map((s) => ({ id: s.id, text: s.text, href: toHref(s.path) })),
      onItemFollow: (event) => {
        const target = services.find((s) => s.id === event.detail.id);
        if (!target) return;
        event.preventDefault();
        navigate(target.path);
      },
    },
    {
      type: 'button',
      text: 'Lab — not affiliated with AWS',
      title: 'A training lab. Not affiliated with Amazon Web Services.',
      href: toHref(paths.scenarios()),
      onFollow: (event) => {
        event.preventDefault();
        navigate(paths.scenarios());
      },
    },
    {
      type: 'menu-dropdown',
      text: `${name} @ ${account}`,
      description: `Account ID: ${account}`,
      iconName: 'user-profile',
      ariaLabel: `Identity: ${name}, account ${account}`,
      items: identityItems,
      onItemClick: (event) => {
        if (event.detail.id === 'switch-user') setSwitching(true);
        if (event.detail.id === 'sign-in') navigate(paths.signIn());
        if (event.detail.id === 'security-credentials') navigate(paths.mySecurityCredentials());
        if (event.detail.id === 'sign-out') {
          switchBack();
          navigate(paths.signIn());
        }
        if (event.detail.id === 'switch-back') {
          switchBack();
          pushFlash({ type: 'info', header: 'Switched back to the root user.' });
        }
      },
    },
  ];

  return (
    <>
      <TopNavigation
        identity={{ href: toHref(paths.home()), title: 'IAM Console Lab' }}
        utilities={utilities}
      />
      {identity.kind === 'user' && (
        <Suspense fallback={null}>
          <IdentityGuard />
        </Suspense>
      )}
      {switching && (
        <Suspense fallback={null}>
          <SwitchUserModal onDismiss={() => setSwitching(false)} />
        </Suspense>
      )}
    </>
  );
}
