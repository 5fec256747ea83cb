// Starts loading a page's code when the pointer comes onto its link in the side navigation (or the
// keyboard reaches it): by the click, the chunk is loaded, or on its way.
import { matchRoutes, type RouteObject } from 'react-router';

let known: RouteObject[] = [];
const started = new Set<string>();

/** The console's routes, as the router was made from them. */
export function setPrefetchRoutes(routes: RouteObject[]): void {
  known = routes;
  started.clear();
}

/** Calls the `lazy` of every route `path` matches (an import, loaded once), once per path. */
export function prefetchRoute(path: string): void {
  if (started.has(path)) return;
  started.add(path);
  for (const { route } of matchRoutes(known, path) ?? []) {
    if (typeof route.lazy === 'function') void route.lazy().catch(() => undefined);
  }
}
