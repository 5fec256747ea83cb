// The S3 console's routes. Pages load lazily so the first page load stays small.
import { Navigate, type RouteObject } from 'react-router';

export { s3Navigation } from './s3-navigation';
export { s3Paths } from './s3-paths';

export const s3Routes: RouteObject[] = [
  { path: '/s3', element: <Navigate to="/s3/buckets" replace /> },
  {
    path: '/s3/buckets',
    lazy: () => import('./buckets-page').then((m) => ({ Component: m.BucketsPage })),
  },
  {
    path: '/s3/bucket/create',
    lazy: () => import('./create-bucket-page').then((m) => ({ Component: m.CreateBucketPage })),
  },
  {
    path: '/s3/buckets/:bucketName',
    lazy: () => import('./bucket-page').then((m) => ({ Component: m.BucketPage })),
  },
  {
    path: '/s3/bucket/:bucketName/delete',
    lazy: () => import('./delete-bucket-page').then((m) => ({ Component: m.DeleteBucketPage })),
  },
  {
    path: '/s3/bucket/:bucketName/empty',
    lazy: () => import('./empty-bucket-page').then((m) => ({ Component: m.EmptyBucketPage })),
  },
  {
    path: '/s3/bucket/:bucketName/create-folder',
    lazy: () => import('./create-folder-page').then((m) => ({ Component: m.CreateFolderPage })),
  },
  {
    path: '/s3/bucket/:bucketName/property/policy/edit',
    lazy: () =>
      import('./edit-bucket-policy-page').then((m) => ({ Component: m.EditBucketPolicyPage })),
  },
  {
    path: '/s3/bucket/:bucketName/property/bpa/edit',
    lazy: () =>
      import('./edit-public-access-block-page').then((m) => ({
        Component: m.EditPublicAccessBlockPage,
      })),
  },
  {
    path: '/s3/upload/:bucketName',
    lazy: () => import('./upload-page').then((m) => ({ Component: m.UploadPage })),
  },
  {
    path: '/s3/object/:bucketName',
    lazy: () => import('./object-page').then((m) => ({ Component: m.ObjectPage })),
  },
];
