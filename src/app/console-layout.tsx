// The console's frame around every page: top navigation, side navigation, breadcrumbs, Flashbar and
// the help panel. Pages fill the Outlet and describe themselves through usePageChrome.
import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import {
  useWalkthroughDrawer,
  WALKTHROUGH_DRAWER_ID,
} from '@/features/walkthroughs/use-walkthrough-drawer';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChromeStore } from '@/state/page-chrome-store';
import { ConsoleNavigation } from './console-navigation';
import { ConsoleTopNavigation } from './console-top-navigation';
import { DefaultHelp } from './default-help';
import { PageLoading } from './page-loading';
import { useFollow, useRouteHref } from './use-route-href';

// Lazy: the CLI panel carries the command layer, loaded when the CloudShell icon is first used.
const CloudShellPanel = lazy(() =>
  import('@/features/cli/cloudshell-panel').then((m) => ({ default: m.CloudShellPanel })),
);

// Lazy: predict mode's question and reveal, over every page (it installs itself in the data layer).
const PredictionHost = lazy(() =>
  import('@/features/predictions/prediction-host').then((m) => ({ default: m.PredictionHost })),
);
const HELP_DRAWER_ID = 'help';

// Lazy: follows the other tabs of this browser through the data layer.
const OtherTabsSync = lazy(() =>
  import('@/features/labs/other-tabs-sync').then((m) => ({ default: m.OtherTabsSync })),
);

// Lazy: the banner shown when the browser does not save the lab (it reads the data layer's state).
const StorageBanner = lazy(() =>
  import('@/features/labs/storage-banner').then((m) => ({ default: m.StorageBanner })),
);

// Lazy: a page opens without messages, so the Flashbar's code loads with the first one. Once shown
// it stays mounted, so later messages animate in and out as before.
const ConsoleFlashbar = lazy(() =>
  import('./console-flashbar').then((m) => ({ default: m.ConsoleFlashbar })),
);

function ConsoleNotifications() {
  const hasMessages = useFlash((s) => s.messages.length > 0);
  const onNavigation = useFlash((s) => s.onNavigation);
  const { pathname } = useLocation();
  useEffect(() => onNavigation(), [pathname, onNavigation]);
  const [shown, setShown] = useState(false);
  if (hasMessages && !shown) setShown(true);
  return shown ? (
    <Suspense fallback={null}>
      <ConsoleFlashbar />
    </Suspense>
  ) : null;
}

function ConsoleBreadcrumbs() {
  const breadcrumbs = usePageChromeStore((s) => s.breadcrumbs);
  const toHref = useRouteHref();
  const onFollow = useFollow();
  return (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={breadcrumbs.map((b) => ({ text: b.text, href: toHref(b.path) }))}
      onFollow={onFollow}
    />
  );
}

export function ConsoleLayout() {
  const Help = usePageChromeStore((s) => s.help) ?? DefaultHelp;
  const contentType = usePageChromeStore((s) => s.contentType);
  const toolsOpen = usePageChromeStore((s) => s.toolsOpen);
  const setToolsOpen = usePageChromeStore((s) => s.setToolsOpen);
  const [navigationOpen, setNavigationOpen] = useState(true);
  // Once opened, CloudShell stays mounted (hidden when closed), so its session survives.
  const [cloudShell, setCloudShell] = useState<'unused' | 'open' | 'closed'>('unused');
  // A page starts afresh for a new identity: no selection or form made as someone else survives.
  const callerArn = useCaller().arn;
  const walkthrough = useWalkthroughDrawer();
  const [walkthroughOpen, setWalkthroughOpen] = useState(true);
  // A walkthrough just started (or this tab opened on one): show its panel.
  const walkthroughId = walkthrough.walkthroughId;
  useEffect(() => {
    if (!walkthroughId) return;
    setWalkthroughOpen(true);
    setToolsOpen(false);
  }, [walkthroughId, setToolsOpen]);
  // With a walkthrough, help and the walkthrough are two drawers; without, help is the tools panel.
  const panels = walkthrough.drawer
    ? {
        drawers: [
          {
            id: HELP_DRAWER_ID,
            content: <Help />,
            trigger: { iconName: 'status-info' as const },
            ariaLabels: {
              drawerName: 'Help panel',
              closeButton: 'Close help panel',
              triggerButton: 'Open help panel',
            },
          },
          walkthrough.drawer,
        ],
        activeDrawerId: toolsOpen ? HELP_DRAWER_ID : walkthroughOpen ? WALKTHROUGH_DRAWER_ID : null,
        onDrawerChange: (event: { detail: { activeDrawerId: string | null } }) => {
          const id = event.detail.activeDrawerId;
          setToolsOpen(id === HELP_DRAWER_ID);
          setWalkthroughOpen(id === WALKTHROUGH_DRAWER_ID);
        },
      }
    : {
        // Always controlled: AppLayout keeps the mode its first render chose.
        activeDrawerId: null,
        tools: <Help />,
        toolsOpen,
        onToolsChange: (event: { detail: { open: boolean } }) => setToolsOpen(event.detail.open),
      };
  return (
    <>
      <div id="console-top-navigation" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <ConsoleTopNavigation
          onCloudShellToggle={() => setCloudShell((s) => (s === 'open' ? 'closed' : 'open'))}
        />
      </div>
      <AppLayout
        headerSelector="#console-top-navigation"
        contentType={contentType}
        navigation={<ConsoleNavigation />}
        navigationOpen={navigationOpen}
        onNavigationChange={(event) => setNavigationOpen(event.detail.open)}
        breadcrumbs={<ConsoleBreadcrumbs />}
        notifications={
          <>
            <Suspense fallback={null}>
              <StorageBanner />
            </Suspense>
            <ConsoleNotifications />
          </>
        }
        stickyNotifications
        {...panels}
        content={
          <Suspense fallback={<PageLoading />}>
            <Outlet key={callerArn} />
          </Suspense>
        }
      />
      <Suspense fallback={null}>
        <PredictionHost />
        <OtherTabsSync />
      </Suspense>
      {cloudShell !== 'unused' && (
        <Suspense fallback={null}>
          <CloudShellPanel open={cloudShell === 'open'} onClose={() => setCloudShell('closed')} />
        </Suspense>
      )}
    </>
  );
}
