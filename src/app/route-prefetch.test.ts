import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { prefetchRoute, setPrefetchRoutes } from './route-prefetch';

describe('prefetching a page from its link', () => {
  it('loads the matching page once, and no other', async () => {
    const matrix = vi.fn(() => Promise.resolve({}));
    const users = vi.fn(() => Promise.resolve({}));
    const routes: RouteObject[] = [
      {
        path: '/',
        children: [
          { path: '/iam/access-matrix', lazy: matrix },
          { path: '/iam/users/details/:userName', lazy: users },
        ],
      },
    ];
    setPrefetchRoutes(routes);
    prefetchRoute('/iam/access-matrix');
    prefetchRoute('/iam/access-matrix');
    expect(matrix).toHaveBeenCalledTimes(1);
    expect(users).not.toHaveBeenCalled();
    prefetchRoute('/iam/users/details/alice');
    expect(users).toHaveBeenCalledTimes(1);
    prefetchRoute('/nowhere');
  });

  it('ignores a page whose code will not load', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    setPrefetchRoutes([{ path: '/iam/who-can', lazy: failing }]);
    prefetchRoute('/iam/who-can');
    await Promise.resolve();
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
