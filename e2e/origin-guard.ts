// Watches every request a browser context makes (its pages, popups, workers and service worker)
// and notes each one that leaves the app's origin: the lab is offline by design.
import type { Browser, BrowserContext, Request } from '@playwright/test';

// Schemes that never reach a network: inline data, object URLs and blank pages.
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** Why `url` must not be requested from a page served at `origin`, or undefined when it may. */
export function requestOriginProblem(url: string, origin: string): string | undefined {
  if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return undefined;
  let requested: string;
  try {
    requested = new URL(url).origin;
  } catch {
    return `request to an unparsable URL: ${url}`;
  }
  return requested === origin ? undefined : `request left the origin ${origin}: ${url}`;
}

/** Notes in `problems` each request of `context` that leaves `origin`. */
export function watchContextRequests(context: BrowserContext, origin: string, problems: string[]) {
  const onRequest = (request: Request) => {
    const problem = requestOriginProblem(request.url(), origin);
    if (problem) problems.push(problem);
  };
  context.on('request', onRequest);
  return () => context.off('request', onRequest);
}

/**
 * Watches the contexts a test opens itself with `browser.newContext()` too (a second tab opening a
 * share link, say) until the returned function is called.
 */
export function watchNewContexts(browser: Browser, origin: string, problems: string[]) {
  const original = browser.newContext.bind(browser);
  unwatched.set(browser, original);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await original(...args);
    watchContextRequests(context, origin, problems);
    return context;
  };
  return () => {
    browser.newContext = original;
    unwatched.delete(browser);
  };
}

const unwatched = new WeakMap<Browser, Browser['newContext']>();

/** A context the suite's guard does not watch: only for proving that the guard works. */
export function newUnwatchedContext(browser: Browser) {
  return (unwatched.get(browser) ?? browser.newContext.bind(browser))();
}
