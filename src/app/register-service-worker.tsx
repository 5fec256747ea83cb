/// <reference types="vite-plugin-pwa/client" />
// The built app's service worker: it precaches the app, so the lab works offline after the first
// visit. A newer build waits until the learner chooses "Reload" (a lab keeps its state in
// IndexedDB, so nothing is lost). Dev mode and tests run without one.
import Button from '@cloudscape-design/components/button';
import { useFlash } from '@/state/flash-store';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh() {
        useFlash.getState().pushFlash({
          id: 'new-version',
          type: 'info',
          header: 'A new version of the lab is available.',
          action: <Button onClick={() => void updateSW(true)}>Reload</Button>,
        });
      },
    });
  });
}
