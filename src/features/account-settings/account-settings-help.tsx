import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';

export function AccountSettingsHelp() {
  return (
    <HelpPanel
      header={<h2>Account settings</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.passwordPolicy}>Set an account password policy</ExternalLink>
            </li>
            <li>
              <ExternalLink href={docs.accountAlias}>
                Your AWS account ID and its alias
              </ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        The password policy sets the rules for IAM users&apos; console passwords. Without a custom
        policy, IAM&apos;s default applies: at least 8 characters with three of the four character
        types. The rules apply when a password is set or changed, not to passwords already set.
      </Box>
      <Box variant="p">
        The account alias replaces the account ID in the sign-in URL. The lab cannot check that an
        alias is unique across all of AWS, so any alias that follows the naming rules is accepted.
      </Box>
    </HelpPanel>
  );
}
