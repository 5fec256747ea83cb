// Turns route paths into real hrefs (for open-in-new-tab) and follows Cloudscape link events with
// the router, so the page does not reload.
import { useCallback } from 'react';
import { useHref, useNavigate } from 'react-router';

/** `toHref('/iam/users')` → '#/iam/users' under the hash router. */
export function useRouteHref() {
  const base = useHref('/');
  return useCallback((path: string) => `${base.replace(/\/$/, '')}${path}`, [base]);
}

interface FollowEvent {
  preventDefault: () => void;
  detail: { href?: string; external?: boolean };
}

/** An onFollow handler: same-app links navigate in place; external links keep the browser's way. */
export function useFollow() {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  return useCallback(
    (event: FollowEvent) => {
      const href = event.detail.href;
      if (!href || event.detail.external || !href.startsWith(base)) return;
      event.preventDefault();
      navigate(href.slice(base.length) || '/');
    },
    [navigate, base],
  );
}
