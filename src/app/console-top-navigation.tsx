// The bar above every page: the lab's name (no AWS logo), the current service, the "not affiliated"
// mark and the identity menu: "Switch role" and, in a role, "Currently active as ...", "Switch
// back" and the role history; and the lab's "Switch to user" shortcut.
import TopNavigation, {
  type TopNavigationProps,
} from '@cloudscape-design/components/top-navigation';
import { lazy, Suspense, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/paths';
import { usePredictMode, useSetPredictMode } from '@/queries/predict-mode';
import {
  formatAccountId,
  LAB_ACCOUNT_ID,
  signedInUserName,
  useActingIdentity,
  type RoleHistoryEntry,
} from '@/state/acting-identity-store';
import { useCurrentLab } from '@/state/current-lab-store';
import { useEc2RegionStore } from '@/state/ec2-region-store';
import { useFlash } from '@/state/flash-store';
import { regionUtility } from './region-utility';
import { useUndoRedoUtilities } from './undo-redo-utilities';
import { useRouteHref } from './use-route-href';

// Lazy: the dialog reads the lab's users, and the data layer stays out of the first page load.
const SwitchUserModal = lazy(() =>
  import('@/features/identity/switch-user-modal').then((m) => ({ default: m.SwitchUserModal })),
);

const IdentityGuard = lazy(() =>
  import('@/features/identity/identity-guard').then((m) => ({ default: m.IdentityGuard })),
);

// Lazy: it reads the lab catalog for the identity menu's "Current lab".
const CurrentLabLoader = lazy(() =>
  import('@/features/labs/current-lab-loader').then((m) => ({ default: m.CurrentLabLoader })),
);

const RoleSessionGuard = lazy(() =>
  import('@/features/identity/role-session-guard').then((m) => ({ default: m.RoleSessionGuard })),
);

const services = [
  { id: 'iam', text: 'IAM', prefix: '/iam', path: paths.dashboard() },
  { id: 's3', text: 'S3', prefix: '/s3', path: '/s3/buckets' },
  { id: 'ec2', text: 'EC2', prefix: '/ec2', path: '/ec2/instances' },
  { id: 'cloudtrail', text: 'CloudTrail', prefix: '/cloudtrail', path: '/cloudtrail/events' },
];

const COLOR_VALUES: Record<string, string> = {
  red: '#d13212',
  orange: '#ff9900',
  yellow: '#f2c744',
  green: '#1d8102',
  blue: '#0073bb',
};

/** The console marks the active role with its display color; the lab draws a thin bar. */
function RoleColorBar({ color, name }: { color: string; name: string }) {
  return (
    <div
      role="note"
      aria-label={`Active role ${name}, color ${color}`}
      style={{ height: 4, background: COLOR_VALUES[color] ?? 'transparent' }}
    />
  );
}

export interface ConsoleTopNavigationProps {
  /** The CloudShell icon opens and closes the CLI panel. */
  onCloudShellToggle: () => void;
}

export function ConsoleTopNavigation({ onCloudShellToggle }: ConsoleTopNavigationProps) {
  const identity = useActingIdentity((s) => s.identity);
  const roleDisplay = useActingIdentity((s) => s.roleDisplay);
  const roleHistory = useActingIdentity((s) => s.roleHistory);
  const switchBack = useActingIdentity((s) => s.switchBack);
  const switchBackFromRole = useActingIdentity((s) => s.switchBackFromRole);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [switching, setSwitching] = useState(false);
  const toHref = useRouteHref();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const account = formatAccountId(LAB_ACCOUNT_ID);
  const userName = signedInUserName({ identity, roleDisplay });
  const name =
    identity.kind === 'root'
      ? 'root'
      : identity.kind === 'user'
        ? identity.userName
        : (roleDisplay?.displayName ?? identity.roleName);
  const service = services.find((s) => pathname.startsWith(s.prefix)) ?? services[0];
  const inRole = identity.kind === 'role-session';
  const ec2Region = useEc2RegionStore((s) => s.region);
  const predictMode = usePredictMode();
  const setPredictMode = useSetPredictMode();
  const labName = useCurrentLab((s) => s.name);
  const undoRedo = useUndoRedoUtilities();

  // A history entry's link opens the Switch Role form filled in; a click switches at once.
  const historyPath = (entry: RoleHistoryEntry) =>
    paths.switchRole({
      account: entry.accountId,
      roleName: entry.roleName,
      displayName: entry.displayName,
      color: entry.color,
    });
  const historyItem = (entry: RoleHistoryEntry, i: number) => ({
    id: `history-${i}`,
    text: entry.displayName,
    description: `${entry.roleName} @ ${formatAccountId(entry.accountId)}`,
    href: toHref(historyPath(entry)),
  });

  const identityItems: TopNavigationProps.MenuDropdownUtility['items'] = [
    {
      id: 'account',
      text: 'Account',
      items: [
        ...(inRole
          ? [{ id: 'active-as', text: `Currently active as ${identity.roleName}`, disabled: true }]
          : []),
        { id: 'account-id', text: `Account ID: ${account}`, disabled: true },
        {
          id: 'signed-in-as',
          text:
            identity.kind === 'root'
              ? 'Signed in as root user'
              : inRole
                ? `Signed in as ${userName ?? identity.sessionName}`
                : `IAM user: ${name}`,
          disabled: true,
        },
        ...(identity.kind === 'user' && identity.mfa
          ? [{ id: 'mfa', text: 'Signed in with MFA', disabled: true }]
          : []),
        ...(identity.kind !== 'root' ? [{ id: 'switch-role', text: 'Switch role' }] : []),
        ...(inRole ? [{ id: 'switch-back-role', text: 'Switch back' }] : []),
        { id: 'security-credentials', text: 'Security credentials' },
        { id: 'sign-in', text: 'Sign in as IAM user' },
        ...(identity.kind !== 'root' ? [{ id: 'sign-out', text: 'Sign out' }] : []),
      ],
    },
    ...(roleHistory.length > 0 && identity.kind !== 'root'
      ? [{ id: 'role-history', text: 'Role history', items: roleHistory.map(historyItem) }]
      : []),
    {
      id: 'labs-group',
      text: 'Lab',
      items: [
        ...(labName !== undefined
          ? [{ id: 'current-lab', text: `Current lab: ${labName}`, disabled: true }]
          : []),
        { id: 'labs', text: 'Labs' },
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
    // EC2 is regional: its pages get the console's Region selector (IAM is global).
    ...(service?.id === 'ec2'
      ? [
          // The page takes the Region from the URL and remembers it for the tab.
          regionUtility(ec2Region, (code) => {
            // An instance exists in one Region only, so its page gives way to the list.
            const onInstance = /^\/ec2\/instances\/(?!launch$)[^/]+$/.test(pathname);
            navigate(`${onInstance ? '/ec2/instances' : pathname}?region=${code}`);
          }),
        ]
      : []),
    ...undoRedo,
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
      type: 'button',
      iconName: 'command-prompt',
      ariaLabel: 'CloudShell',
      title: 'CloudShell',
      onClick: onCloudShellToggle,
    },
    {
      type: 'button',
      text: 'Request context',
      iconName: 'settings',
      title: 'The condition keys every request sends: source IP, MFA, time, secure transport',
      href: toHref(paths.requestContext()),
      onFollow: (event) => {
        event.preventDefault();
        navigate(paths.requestContext());
      },
    },
    {
      type: 'button',
      text: predictMode ? 'Predict: on' : 'Predict: off',
      iconName: predictMode ? 'status-positive' : 'status-stopped',
      ariaLabel: predictMode ? 'Predict mode on (turn off)' : 'Predict mode off (turn on)',
      title: 'Predict mode: guess Allowed, Explicit deny or Implicit deny before each action',
      onClick: () => setPredictMode.mutate(!predictMode),
    },
    {
      type: 'menu-dropdown',
      text: inRole ? name : `${name} @ ${account}`,
      description: inRole ? `${identity.roleName} @ ${account}` : `Account ID: ${account}`,
      iconName: 'user-profile',
      ariaLabel: `Identity: ${name}, account ${account}`,
      items: identityItems,
      onItemFollow: (event) => {
        const index = /^history-(\d+)$/.exec(event.detail.id)?.[1];
        const entry = index === undefined ? undefined : roleHistory[Number(index)];
        if (!entry) return;
        event.preventDefault();
        // Loaded on use: the data layer stays out of the first page load.
        void import('@/features/roles/switch-from-history')
          .then((m) => m.switchFromHistory(entry))
          .then((switched) => navigate(switched ? paths.dashboard() : historyPath(entry)));
      },
      onItemClick: (event) => {
        const id = event.detail.id;
        if (id === 'switch-user') setSwitching(true);
        if (id === 'switch-role') navigate(paths.switchRole());
        if (id === 'labs') navigate(paths.labs());
        if (id === 'sign-in') navigate(paths.signIn());
        if (id === 'security-credentials') navigate(paths.mySecurityCredentials());
        if (id === 'sign-out') {
          switchBack();
          navigate(paths.signIn());
        }
        if (id === 'switch-back') {
          switchBack();
          pushFlash({ type: 'info', header: 'Switched back to the root user.' });
        }
        if (id === 'switch-back-role') {
          switchBackFromRole();
          pushFlash({
            type: 'info',
            header: `Switched back to the IAM user ${userName ?? ''}.`,
          });
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
      {inRole && roleDisplay?.color && <RoleColorBar color={roleDisplay.color} name={name} />}
      <Suspense fallback={null}>
        <CurrentLabLoader />
      </Suspense>
      {inRole && (
        <Suspense fallback={null}>
          <RoleSessionGuard />
        </Suspense>
      )}
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
