// IAM > My security credentials: the signed-in identity's own credentials. For an IAM user it is
// their Security credentials tab; for the root user, its MFA devices.
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { paths } from '@/paths';
import { mfaDevicesQuery } from '@/queries/iam-credentials';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { MfaSection } from './mfa-section';
import { UserDetailsHelp } from './users-help';

export function MySecurityCredentialsPage() {
  const caller = useCaller();
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'My security credentials', path: paths.mySecurityCredentials() },
    ],
    help: UserDetailsHelp,
  });
  if (caller.kind === 'user') {
    return <Navigate to={paths.user(caller.userName, 'security_credentials')} replace />;
  }
  return <RootSecurityCredentials />;
}

function RootSecurityCredentials() {
  const caller = useCaller();
  const devices = useQuery(mfaDevicesQuery(caller));
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="The root user has complete access to all AWS services and resources in this account. Protect it with MFA and use it only for the tasks that need it."
        >
          My security credentials (root user)
        </Header>
      }
    >
      <SpaceBetween size="l">
        <MfaSection
          {...(devices.data && { devices: devices.data })}
          loadError={devices.error ?? undefined}
        />
        <Alert type="info" header="Access keys">
          As a best practice, the root user has no access keys. The lab offers access keys to IAM
          users only.
        </Alert>
      </SpaceBetween>
    </ContentLayout>
  );
}
