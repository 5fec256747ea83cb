// The side navigation: IAM's areas in the 2026 console's labels and order, then S3 and EC2 under
// their own service names. Only areas that work appear.
import SideNavigation, {
  type SideNavigationProps,
} from '@cloudscape-design/components/side-navigation';
import type { FocusEvent, PointerEvent } from 'react';
import { useHref, useLocation } from 'react-router';
import { cloudTrailNavigation } from '@/features/cloudtrail/cloudtrail-routes';
import { ec2Navigation } from '@/features/ec2/ec2-routes';
import { s3Navigation } from '@/features/s3/s3-routes';
import { paths } from '@/paths';
import { prefetchRoute } from './route-prefetch';
import { useFollow, useRouteHref } from './use-route-href';

interface NavLink {
  text: string;
  path: string;
}

const iamAccessManagement: NavLink[] = [
  { text: 'Roles', path: paths.roles() },
  { text: 'Policies', path: paths.policies() },
  { text: 'IAM users', path: paths.users() },
  { text: 'IAM user groups', path: paths.groups() },
  { text: 'Account settings', path: paths.accountSettings() },
];

const iamAccessReports: NavLink[] = [
  { text: 'Service control policies', path: paths.serviceControlPolicies() },
  { text: 'Credential report', path: paths.credentialReport() },
];

const iamTools: NavLink[] = [
  { text: 'Policy simulator', path: paths.policySimulator() },
  { text: 'Who can', path: paths.whoCan() },
  { text: 'Access matrix', path: paths.accessMatrix() },
];

const allLinks: NavLink[] = [
  { text: 'Dashboard', path: paths.dashboard() },
  ...iamAccessManagement,
  ...iamAccessReports,
  ...iamTools,
  ...s3Navigation.items,
  ...ec2Navigation.items,
  ...cloudTrailNavigation.items,
  { text: 'Scenarios', path: paths.scenarios() },
  { text: 'Labs', path: paths.labs() },
  { text: 'Timeline', path: paths.timeline() },
  { text: 'Request context', path: paths.requestContext() },
  { text: 'Predictions', path: paths.predictions() },
];

/** The nav link that owns a location: the longest path that prefixes it (detail pages too). */
export function activeNavPath(pathname: string): string | undefined {
  return allLinks
    .map((link) => link.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function ConsoleNavigation() {
  const { pathname } = useLocation();
  const toHref = useRouteHref();
  const onFollow = useFollow();
  const base = useHref('/').replace(/\/$/, '');
  // A link pointed at or focused is likely to be followed: its page's code starts loading.
  const prefetch = (event: PointerEvent | FocusEvent) => {
    const href = (event.target as Element).closest('a')?.getAttribute('href');
    if (href?.startsWith(base)) prefetchRoute(href.slice(base.length) || '/');
  };
  const link = (item: NavLink): SideNavigationProps.Link => ({
    type: 'link',
    text: item.text,
    href: toHref(item.path),
  });
  const active = activeNavPath(pathname);
  const items: SideNavigationProps.Item[] = [
    link({ text: 'Dashboard', path: paths.dashboard() }),
    { type: 'section', text: 'Access management', items: iamAccessManagement.map(link) },
    { type: 'section', text: 'Access reports', items: iamAccessReports.map(link) },
    { type: 'section', text: 'Tools', items: iamTools.map(link) },
    { type: 'divider' },
    { type: 'section', text: s3Navigation.serviceName, items: s3Navigation.items.map(link) },
    { type: 'section', text: ec2Navigation.serviceName, items: ec2Navigation.items.map(link) },
    {
      type: 'section',
      text: cloudTrailNavigation.serviceName,
      items: cloudTrailNavigation.items.map(link),
    },
    { type: 'divider' },
    {
      type: 'section',
      text: 'Lab',
      items: [
        link({ text: 'Scenarios', path: paths.scenarios() }),
        link({ text: 'Labs', path: paths.labs() }),
        link({ text: 'Timeline', path: paths.timeline() }),
        link({ text: 'Request context', path: paths.requestContext() }),
        link({ text: 'Predictions', path: paths.predictions() }),
      ],
    },
  ];
  return (
    <div onPointerOver={prefetch} onFocus={prefetch}>
      <SideNavigation
        header={{ text: 'Identity and Access Management (IAM)', href: toHref(paths.dashboard()) }}
        activeHref={active ? toHref(active) : undefined}
        items={items}
        onFollow={onFollow}
      />
    </div>
  );
}
