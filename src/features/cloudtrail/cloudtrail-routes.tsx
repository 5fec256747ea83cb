// The CloudTrail console's routes. Pages load lazily so the first page load stays small.
import { Navigate, type RouteObject } from 'react-router';

export { cloudTrailNavigation } from './cloudtrail-navigation';
export { cloudTrailPaths } from './cloudtrail-paths';

export const cloudTrailRoutes: RouteObject[] = [
  { path: '/cloudtrail', element: <Navigate to="/cloudtrail/events" replace /> },
  {
    path: '/cloudtrail/events',
    lazy: () => import('./event-history-page').then((m) => ({ Component: m.EventHistoryPage })),
  },
  {
    path: '/cloudtrail/events/:eventId',
    lazy: () => import('./event-details-page').then((m) => ({ Component: m.EventDetailsPage })),
  },
];
