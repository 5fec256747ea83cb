// The Dashboard's "Quick Links".
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { paths } from '@/paths';
import { RouteLink } from '@/ui/route-link';

export interface QuickLinksProps {
  /** The signed-in IAM user; absent for the root user. */
  userName?: string;
}

export function QuickLinks({ userName }: QuickLinksProps) {
  const links = [
    {
      to: userName ? paths.user(userName, 'security_credentials') : paths.mySecurityCredentials(),
      text: 'My security credentials',
      description:
        'Manage your access keys, multi-factor authentication (MFA) and other credentials.',
    },
    {
      to: paths.accountSettings(),
      text: 'Account settings',
      description: 'Set the password policy for IAM users and the account alias.',
    },
    {
      to: paths.credentialReport(),
      text: 'Credential report',
      description: 'Download a report of every user and the status of their credentials.',
    },
  ];
  return (
    <Container header={<Header variant="h2">Quick Links</Header>}>
      <SpaceBetween size="s">
        {links.map((link) => (
          <div key={link.to}>
            <RouteLink to={link.to}>{link.text}</RouteLink>
            <Box variant="small" display="block">
              {link.description}
            </Box>
          </div>
        ))}
      </SpaceBetween>
    </Container>
  );
}
