// The dashboard's "IAM resources" panel: a count per resource type, each a link to its list.
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { paths } from '@/paths';
import type { AccountSummary } from '@/queries/types';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { RouteLink } from '@/ui/route-link';

export interface IamResourcesProps {
  summary?: AccountSummary;
  loading: boolean;
  error?: unknown;
}

const COUNTERS: Array<{ label: string; key: keyof AccountSummary; path?: string }> = [
  { label: 'User groups', key: 'Groups', path: paths.groups() },
  { label: 'Users', key: 'Users', path: paths.users() },
  { label: 'Roles', key: 'Roles', path: paths.roles() },
  { label: 'Policies', key: 'Policies', path: paths.policies() },
  // TODO(#4): the Identity providers page.
  { label: 'Identity providers', key: 'Providers' },
];

export function IamResources({ summary, loading, error }: IamResourcesProps) {
  const body = error ? (
    <ApiErrorAlert error={error} />
  ) : (
    <ColumnLayout columns={5} variant="text-grid">
      {COUNTERS.map((counter) => (
        <div key={counter.key}>
          <Box variant="awsui-key-label">
            {counter.path ? (
              <RouteLink to={counter.path}>{counter.label}</RouteLink>
            ) : (
              counter.label
            )}
          </Box>
          <Box variant="awsui-value-large">
            {loading ? <Spinner /> : (summary?.[counter.key] ?? '-')}
          </Box>
        </div>
      ))}
    </ColumnLayout>
  );
  return (
    <Container
      header={
        <Header variant="h2" description="Resources in this AWS Account">
          IAM resources
        </Header>
      }
    >
      {body}
    </Container>
  );
}
