// The console layout's walkthrough drawer, while a walkthrough is in progress in this lab. Its
// content (the walkthroughs, zod, the checks) loads only when a walkthrough runs.
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { walkthroughInProgressQuery } from '@/queries/walkthrough-in-progress';

const WalkthroughDrawerContent = lazy(() =>
  import('./walkthrough-drawer-content').then((m) => ({ default: m.WalkthroughDrawerContent })),
);

export const WALKTHROUGH_DRAWER_ID = 'walkthrough';

/** The drawer, and the walkthrough's ID (undefined: none in progress, so no drawer). */
export function useWalkthroughDrawer(): { drawer?: AppLayoutProps.Drawer; walkthroughId?: string } {
  const walkthroughId = useQuery(walkthroughInProgressQuery()).data;
  if (!walkthroughId) return {};
  return {
    walkthroughId,
    drawer: {
      id: WALKTHROUGH_DRAWER_ID,
      content: (
        <Suspense fallback={<Spinner />}>
          <WalkthroughDrawerContent />
        </Suspense>
      ),
      trigger: { iconName: 'map' },
      ariaLabels: {
        drawerName: 'Walkthrough',
        triggerButton: 'Open walkthrough',
        closeButton: 'Close walkthrough',
        resizeHandle: 'Resize walkthrough',
      },
      resizable: true,
      defaultSize: 380,
    },
  };
}
