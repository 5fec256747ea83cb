import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function RolesHelp() {
  return (
    <HelpPanel
      header={<h2>Roles</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.roles}>IAM roles</ExternalLink>
            </li>
            <li>
              <ExternalLink href={docs.serviceLinkedRoles}>Service-linked roles</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        Every AWS account holds the service-linked roles AWSServiceRoleForSupport and
        AWSServiceRoleForTrustedAdvisor. AWS services create and use them; you cannot change their
        permissions.
      </Box>
      <LabSimplifications />
    </HelpPanel>
  );
}
