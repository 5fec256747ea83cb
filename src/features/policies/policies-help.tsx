import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function PoliciesHelp() {
  return (
    <HelpPanel
      header={<h2>Policies</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.policies}>Policies and permissions in IAM</ExternalLink>
            </li>
            <li>
              <ExternalLink href={docs.createPolicy}>Creating IAM policies</ExternalLink>
            </li>
            <li>
              <ExternalLink href={docs.policyVersions}>Versioning IAM policies</ExternalLink>
            </li>
            <li>
              <ExternalLink href={docs.managedVsInline}>
                Managed policies and inline policies
              </ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        A policy is an object in AWS that defines permissions. AWS managed policies are created and
        maintained by AWS; job function policies match common job functions. Customer managed
        policies are yours. Inline policies belong to one user, group or role and are listed on its
        Permissions tab, not here.
      </Box>
      <Box variant="p">
        This lab holds every current AWS managed policy (about 1,594) with its default version's
        document. A customer managed policy keeps up to 5 versions; the default version is the one
        in effect. Deleting a policy here also detaches it from its users, user groups and roles.
      </Box>
      <LabSimplifications />
    </HelpPanel>
  );
}
