// Every page of the console as a hash route: dist/ works from any static host, and every page is
// a deep link that survives a reload. Pages load lazily to keep the first load small.
import type { QueryClient } from '@tanstack/react-query';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { cloudTrailRoutes } from '@/features/cloudtrail/cloudtrail-routes';
import { ec2Routes } from '@/features/ec2/ec2-routes';
import { s3Routes } from '@/features/s3/s3-routes';
import { paths } from '@/paths';
import { ConsoleLayout } from './console-layout';
import { iamRoutes } from './iam-routes';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';
import { RouteError } from './route-error';
import { setPrefetchRoutes } from './route-prefetch';

/** The console's routes; loaders may start a page's reads in `queryClient` as its navigation starts. */
export const consoleRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    // AWS's sign-in pages have no console frame around them.
    path: '/signin',
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    lazy: () =>
      import('@/features/sign-in/sign-in-page').then((m) => ({ Component: m.SignInPage })),
  },
  {
    element: <ConsoleLayout />,
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    children: [
      { path: '/', element: <Navigate to={paths.dashboard()} replace /> },
      { path: '/iam', element: <Navigate to={paths.dashboard()} replace /> },
      ...iamRoutes(queryClient),
      ...s3Routes,
      ...ec2Routes,
      ...cloudTrailRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createConsoleRouter(queryClient: QueryClient) {
  const routes = consoleRoutes(queryClient);
  setPrefetchRoutes(routes);
  return createHashRouter(routes);
}
