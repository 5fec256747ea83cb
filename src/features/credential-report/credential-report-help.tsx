import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';

export function CredentialReportHelp() {
  return (
    <HelpPanel
      header={<h2>Credential report</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.credentialReport}>Getting credential reports</ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        The download first calls iam:GenerateCredentialReport, then iam:GetCredentialReport. The CSV
        has AWS&apos;s 22 columns: password, MFA, both access keys and signing certificates. The lab
        never signs requests with access keys, so their last-used columns read N/A.
      </Box>
    </HelpPanel>
  );
}
