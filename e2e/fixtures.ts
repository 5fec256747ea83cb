// Every spec uses this `test`: it fails on any console error, page error, or request that
// leaves the page's origin (the app is offline by design). Requests are watched on the whole
// browser context, so popups, workers and the service worker count too, and so do the contexts a
// test opens itself.
import selectorsModule from '@cloudscape-design/components/test-utils/selectors';
import { test as base, expect } from '@playwright/test';
import { watchContextRequests, watchNewContexts } from './origin-guard';

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, context, browser, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      const stopWatching = watchContextRequests(context, origin, problems);
      const stopWatchingNew = watchNewContexts(browser, origin, problems);
      await use();
      stopWatchingNew();
      stopWatching();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// Cloudscape's test-utils selectors, for composite widgets (never their class names). The package
// is CommonJS, so under Playwright's ESM loader its default export may arrive wrapped once more.
type CreateWrapper = typeof selectorsModule;
const createWrapper: CreateWrapper =
  (selectorsModule as unknown as { default?: CreateWrapper }).default ?? selectorsModule;

/** The page's root wrapper: `page.locator(wrapper.findTable().findRows().toSelector())`. */
export const wrapper = createWrapper();
