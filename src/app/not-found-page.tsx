import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import { paths } from '@/paths';
import { usePageChrome } from '@/state/page-chrome-store';
import { useFollow, useRouteHref } from './use-route-href';

export function NotFoundPage() {
  usePageChrome({ breadcrumbs: [{ text: 'IAM', path: paths.dashboard() }] });
  const toHref = useRouteHref();
  const onFollow = useFollow();
  return (
    <Box padding={{ top: 'xxl' }} textAlign="center">
      <h1>Page not found</h1>
      <Box variant="p">This page does not exist in the lab.</Box>
      <Link href={toHref(paths.dashboard())} onFollow={onFollow}>
        Go to the IAM Dashboard
      </Link>
    </Box>
  );
}
