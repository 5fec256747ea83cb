// What the current page tells the console layout: its breadcrumbs, its help panel content and its
// content type. A page calls usePageChrome once; the layout reads the store.
import { useEffect, type ComponentType } from 'react';
import { create } from 'zustand';

export interface Breadcrumb {
  text: string;
  /** A route path without '#', e.g. paths.users(). */
  path: string;
}

/** AppLayout's content types: they set the page's maximum width and default panel states. */
export type ContentType = 'default' | 'table' | 'form' | 'wizard' | 'dashboard' | 'cards';

export interface PageChrome {
  breadcrumbs: Breadcrumb[];
  /** The help panel for this page. A module-level component, so its identity stays stable. */
  help?: ComponentType;
  contentType?: ContentType;
}

interface PageChromeState extends PageChrome {
  toolsOpen: boolean;
  setChrome: (chrome: PageChrome) => void;
  setToolsOpen: (open: boolean) => void;
}

export const usePageChromeStore = create<PageChromeState>()((set) => ({
  breadcrumbs: [],
  toolsOpen: false,
  setChrome: (chrome) => set(chrome),
  setToolsOpen: (toolsOpen) => set({ toolsOpen }),
}));

/** Opens the help panel: what an "Info" link does. */
export function openHelp() {
  usePageChromeStore.getState().setToolsOpen(true);
}

/**
 * Sets this page's breadcrumbs, help and content type while it is shown.
 * `usePageChrome({ breadcrumbs: [{ text: 'IAM', path: paths.dashboard() }, ...], help: UsersHelp })`
 */
export function usePageChrome({ breadcrumbs, help, contentType = 'default' }: PageChrome) {
  const setChrome = usePageChromeStore((s) => s.setChrome);
  // Breadcrumbs are rebuilt on every render; compare them by value.
  const key = JSON.stringify(breadcrumbs);
  useEffect(() => {
    setChrome({ breadcrumbs: JSON.parse(key) as Breadcrumb[], help, contentType });
  }, [key, help, contentType, setChrome]);
}
