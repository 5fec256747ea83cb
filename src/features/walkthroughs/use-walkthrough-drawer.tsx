// The console layout's walkthrough drawer, while a walkthrough is in progress in this lab.
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import { useQuery } from '@tanstack/react-query';
import { activeWalkthroughQuery } from '@/queries/walkthroughs';
import { WalkthroughPanel } from './walkthrough-panel';

export const WALKTHROUGH_DRAWER_ID = 'walkthrough';

/** The drawer, and the walkthrough's ID (undefined: none in progress, so no drawer). */
export function useWalkthroughDrawer(): { drawer?: AppLayoutProps.Drawer; walkthroughId?: string } {
  const active = useQuery(activeWalkthroughQuery()).data ?? undefined;
  if (!active) return {};
  return {
    walkthroughId: active.walkthrough.id,
    drawer: {
      id: WALKTHROUGH_DRAWER_ID,
      content: <WalkthroughPanel active={active} />,
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
