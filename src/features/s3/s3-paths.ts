// The S3 console's URLs (route paths; the hash router prefixes them with #).
const b = (bucket: string) => encodeURIComponent(bucket);
const withPrefix = (path: string, prefix: string) =>
  prefix ? `${path}?prefix=${encodeURIComponent(prefix)}` : path;

export type BucketTab = 'objects' | 'properties' | 'permissions';

export const s3Paths = {
  buckets: () => '/s3/buckets',
  createBucket: () => '/s3/bucket/create',
  /** A bucket's tab; on the Objects tab, the folder shown (its prefix). */
  bucket: (bucket: string, tab: BucketTab = 'objects', prefix = '') =>
    tab === 'objects'
      ? withPrefix(`/s3/buckets/${b(bucket)}`, prefix)
      : `/s3/buckets/${b(bucket)}?tab=${tab}`,
  deleteBucket: (bucket: string) => `/s3/bucket/${b(bucket)}/delete`,
  emptyBucket: (bucket: string) => `/s3/bucket/${b(bucket)}/empty`,
  editBucketPolicy: (bucket: string) => `/s3/bucket/${b(bucket)}/property/policy/edit`,
  editPublicAccessBlock: (bucket: string) => `/s3/bucket/${b(bucket)}/property/bpa/edit`,
  upload: (bucket: string, prefix = '') => withPrefix(`/s3/upload/${b(bucket)}`, prefix),
  createFolder: (bucket: string, prefix = '') =>
    withPrefix(`/s3/bucket/${b(bucket)}/create-folder`, prefix),
  object: (bucket: string, key: string) =>
    `/s3/object/${b(bucket)}?prefix=${encodeURIComponent(key)}`,
};
