// The S3 console's URLs (route paths; the hash router prefixes them with #).
export const s3Paths = {
  buckets: () => '/s3/buckets',
  createBucket: () => '/s3/bucket/create',
  bucket: (bucket: string) => `/s3/buckets/${encodeURIComponent(bucket)}`,
  upload: (bucket: string) => `/s3/upload/${encodeURIComponent(bucket)}`,
  object: (bucket: string, key: string) =>
    `/s3/object/${encodeURIComponent(bucket)}?prefix=${encodeURIComponent(key)}`,
};
