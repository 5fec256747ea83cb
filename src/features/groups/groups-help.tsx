// The help panels of the IAM user groups pages.
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';
import { LabSimplifications } from '@/ui/lab-simplifications';

const footer = (
  <div>
    <h3>Learn more</h3>
    <ul>
      <li>
        <ExternalLink href={docs.groups}>IAM user groups</ExternalLink>
      </li>
      <li>
        <ExternalLink href={docs.managedVsInline}>
          Managed policies and inline policies
        </ExternalLink>
      </li>
    </ul>
  </div>
);

export function GroupsHelp() {
  return (
    <HelpPanel header={<h2>IAM user groups</h2>} footer={footer}>
      <Box variant="p">
        A user group is a collection of IAM users. Use groups to specify permissions for a
        collection of users: every member gets the permissions of the policies attached to the
        group.
      </Box>
      <Box variant="p">
        Group names can have up to 128 characters: letters, digits and + = , . @ _ -. They are
        unique in the account, ignoring case. A group can have up to 10 managed policies attached,
        and its inline policies may total 5,120 characters.
      </Box>
      <LabSimplifications />
    </HelpPanel>
  );
}
