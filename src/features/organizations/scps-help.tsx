import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function ScpsHelp() {
  return (
    <HelpPanel
      header={<h2>Service control policies</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.scps}>Service control policies (SCPs)</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        Service control policies (SCPs) set the maximum permissions for the principals of the
        accounts in an organization, the root user included. They grant nothing themselves: a
        request needs an identity-based or resource-based policy that allows it, and every level
        above the account (the organization root, each OU, the account itself) must have an SCP that
        allows it. An explicit deny in any SCP wins.
      </Box>
      <Box variant="p">
        The lab account sits in an organization: Root → OU &quot;Lab&quot; → this account. AWS
        attaches FullAWSAccess to each of them; a target keeps at least one SCP.
      </Box>
      <h3>How this lab differs from AWS</h3>
      <ul>
        <li>
          The lab makes Organizations calls (CreatePolicy, AttachPolicy, ...) on behalf of the
          organization&apos;s management account: your identity-based policies must allow them, but
          SCPs do not apply to them, so a policy can always be detached again.
        </li>
        <li>Service-linked roles are not limited by SCPs, as in AWS.</li>
      </ul>
      <LabSimplifications />
    </HelpPanel>
  );
}
