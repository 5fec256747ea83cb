// The S3 console's side navigation section, for the shell's SideNavigation.
import { s3Paths } from './s3-paths';

export interface ServiceNavigation {
  /** The service name the console shows in the navigation header. */
  serviceName: string;
  /** Route paths (without #), in display order. */
  items: Array<{ text: string; path: string }>;
  /** Route paths that belong to this service. */
  pathPrefix: string;
}

export const s3Navigation: ServiceNavigation = {
  serviceName: 'Amazon S3',
  items: [{ text: 'General purpose buckets', path: s3Paths.buckets() }],
  pathPrefix: '/s3',
};
