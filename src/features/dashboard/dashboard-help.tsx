import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function DashboardHelp() {
  return (
    <HelpPanel
      header={<h2>IAM Dashboard</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.dashboard}>What is IAM?</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        The dashboard counts the IAM resources in this account (it calls iam:GetAccountSummary) and
        shows the account ID and the sign-in URL for IAM users.
      </Box>
      <Box variant="p">To start from a prepared account, load a scenario from the Lab panel.</Box>
      <LabSimplifications />
    </HelpPanel>
  );
}
