// The EC2 console's routes. Pages load lazily so the first page load stays small.
import { Navigate, type RouteObject } from 'react-router';

export { ec2Navigation } from './ec2-navigation';
export { ec2Paths } from './ec2-paths';

export const ec2Routes: RouteObject[] = [
  { path: '/ec2', element: <Navigate to="/ec2/instances" replace /> },
  {
    path: '/ec2/instances',
    lazy: () => import('./instances-page').then((m) => ({ Component: m.InstancesPage })),
  },
  {
    path: '/ec2/instances/launch',
    lazy: () => import('./launch-instance-page').then((m) => ({ Component: m.LaunchInstancePage })),
  },
  {
    path: '/ec2/key-pairs',
    lazy: () => import('./key-pairs-page').then((m) => ({ Component: m.KeyPairsPage })),
  },
  {
    path: '/ec2/instances/:instanceId',
    lazy: () => import('./instance-page').then((m) => ({ Component: m.InstancePage })),
  },
];
