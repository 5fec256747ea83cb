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
        A role has permissions policies, like a user, but no long-term credentials. Whoever its
        trust policy allows can assume it and act with its permissions for a while: an AWS service,
        or users of this or another account (Switch role).
      </Box>
      <Box variant="p">
        Every AWS account holds the service-linked roles AWSServiceRoleForSupport and
        AWSServiceRoleForTrustedAdvisor. AWS services create and use them; you cannot change their
        permissions.
      </Box>
      <LabSimplifications />
    </HelpPanel>
  );
}

export function CreateRoleHelp() {
  return (
    <HelpPanel
      header={<h2>Create role</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.createRole}>Creating IAM roles</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        The trusted entity becomes the role&apos;s trust policy: who may call sts:AssumeRole on it.
        &quot;AWS account&quot; names the account&apos;s root, so its users also need an
        identity-based policy that allows sts:AssumeRole on the role.
      </Box>
      <Box variant="p">
        In this lab the wizard&apos;s calls are checked together and written at once: if one is
        refused, nothing is created.
      </Box>
    </HelpPanel>
  );
}

export function SwitchRoleHelp() {
  return (
    <HelpPanel
      header={<h2>Switch Role</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.switchRole}>Switching to a role (console)</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        Switching calls sts:AssumeRole as the IAM user you are signed in as. The role&apos;s trust
        policy must allow you, and so must your permissions boundary; a trust policy that names the
        account also needs your identity-based policies to allow it. The root user cannot switch
        roles.
      </Box>
      <Box variant="p">
        While in the role, every call uses only the role&apos;s permissions, and denials name the
        session: arn:aws:sts::123456789012:assumed-role/&lt;role&gt;/&lt;user&gt;.
      </Box>
    </HelpPanel>
  );
}
