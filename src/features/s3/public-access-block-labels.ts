// Block Public Access: the four settings in the console's order and words.
import type { PublicAccessBlockConfiguration } from '@/queries/s3';

export type PublicAccessSetting = keyof PublicAccessBlockConfiguration;

export const PUBLIC_ACCESS_SETTINGS: ReadonlyArray<{
  setting: PublicAccessSetting;
  label: string;
  description: string;
}> = [
  {
    setting: 'BlockPublicAcls',
    label:
      'Block public access to buckets and objects granted through new access control lists (ACLs)',
    description:
      'S3 will block public access permissions applied to newly added buckets or objects, and prevent the creation of new public access ACLs for existing buckets and objects. This setting doesn’t change any existing permissions that allow public access to S3 resources using ACLs.',
  },
  {
    setting: 'IgnorePublicAcls',
    label:
      'Block public access to buckets and objects granted through any access control lists (ACLs)',
    description: 'S3 will ignore all ACLs that grant public access to buckets and objects.',
  },
  {
    setting: 'BlockPublicPolicy',
    label:
      'Block public access to buckets and objects granted through new public bucket or access point policies',
    description:
      'S3 will block new bucket and access point policies that grant public access to buckets and objects. This setting doesn’t change any existing policies that allow public access to S3 resources.',
  },
  {
    setting: 'RestrictPublicBuckets',
    label:
      'Block public and cross-account access to buckets and objects through any public bucket or access point policies',
    description:
      'S3 will ignore public and cross-account access for buckets or access points with policies that grant public access to buckets and objects.',
  },
];

export const ALL_OFF: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

export const allOn = (c: PublicAccessBlockConfiguration) =>
  PUBLIC_ACCESS_SETTINGS.every(({ setting }) => c[setting]);
