// The CloudTrail console's side navigation section, for the shell's SideNavigation.
import { cloudTrailPaths } from './cloudtrail-paths';

export const cloudTrailNavigation = {
  serviceName: 'CloudTrail',
  items: [{ text: 'Event history', path: cloudTrailPaths.eventHistory() }],
  pathPrefix: '/cloudtrail',
};
