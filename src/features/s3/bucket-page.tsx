// Amazon S3 > Buckets > <bucket> (or one of its folders): the Objects, Properties and Permissions tabs.
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useParams, useSearchParams } from 'react-router';
import { usePageChrome } from '@/state/page-chrome-store';
import { s3Breadcrumbs } from './buckets-page';
import { ObjectsTab } from './objects-tab';
import { PermissionsTab } from './permissions-tab';
import { PropertiesTab } from './properties-tab';
import { BucketHelp } from './s3-help';
import { s3Paths, type BucketTab } from './s3-paths';

const TABS: readonly BucketTab[] = ['objects', 'properties', 'permissions'];

/** Breadcrumbs down to a folder: bucket, then each folder of the prefix ("photos/", "2026/"). */
export function folderBreadcrumbs(bucket: string, prefix: string) {
  const crumbs = [...s3Breadcrumbs, { text: bucket, path: s3Paths.bucket(bucket) }];
  let path = '';
  for (const part of prefix.split('/').filter(Boolean)) {
    path += `${part}/`;
    crumbs.push({ text: `${part}/`, path: s3Paths.bucket(bucket, 'objects', path) });
  }
  return crumbs;
}

export function BucketPage() {
  const bucket = useParams().bucketName ?? '';
  const [search, setSearch] = useSearchParams();
  const prefix = search.get('prefix') ?? '';
  const tab = TABS.find((t) => t === search.get('tab')) ?? 'objects';
  usePageChrome({
    breadcrumbs: folderBreadcrumbs(bucket, prefix),
    help: BucketHelp,
    contentType: 'table',
  });
  const folderName = prefix.split('/').filter(Boolean).at(-1);
  if (prefix) {
    return (
      <SpaceBetween size="m">
        <Header variant="h1">{`${folderName ?? ''}/`}</Header>
        <ObjectsTab bucket={bucket} prefix={prefix} />
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="m">
      <Header variant="h1">{bucket}</Header>
      <Tabs
        activeTabId={tab}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={[
          { id: 'objects', label: 'Objects', content: <ObjectsTab bucket={bucket} prefix="" /> },
          { id: 'properties', label: 'Properties', content: <PropertiesTab bucket={bucket} /> },
          { id: 'permissions', label: 'Permissions', content: <PermissionsTab bucket={bucket} /> },
        ]}
      />
    </SpaceBetween>
  );
}
