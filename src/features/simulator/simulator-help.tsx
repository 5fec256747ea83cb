import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { docs } from '@/paths';
import { ExternalLink } from '@/ui/external-link';

export function SimulatorHelp() {
  return (
    <HelpPanel
      header={<h2>IAM Policy Simulator</h2>}
      footer={
        <div>
          <h3>Learn more</h3>
          <ul>
            <li>
              <ExternalLink href={docs.policySimulator}>
                Testing IAM policies with the IAM policy simulator
              </ExternalLink>
            </li>
          </ul>
        </div>
      }
    >
      <Box variant="p">
        Existing Policies simulates a user&apos;s, group&apos;s or role&apos;s policies
        (iam:SimulatePrincipalPolicy); untick a policy, the permissions boundary or the SCPs to
        leave them out. New Policy simulates the policies of the Policy Sandbox
        (iam:SimulateCustomPolicy). Nothing is attached or saved.
      </Box>
      <Box variant="p">
        As in AWS&apos;s simulator, only the context keys you set in Global Settings exist: a
        condition on a key you did not set fails, and the key is listed as missing. A resource
        policy is evaluated with the identity&apos;s policies, by the same rules as a real request.
      </Box>
    </HelpPanel>
  );
}

export function WhoCanHelp() {
  return (
    <HelpPanel header={<h2>Who can</h2>}>
      <Box variant="p">
        Reads every user&apos;s, group&apos;s and role&apos;s policies with
        iam:GetAccountAuthorizationDetails, then asks the engine, for each user and role, whether it
        may perform the action on the resource. The Organizations SCPs and permissions boundaries
        take part, as in a real request. A group is not a principal: its members answer for it.
      </Box>
      <Box variant="p">
        No request context is sent, so a statement with a condition allows only when its key may be
        missing (the ...IfExists operators). Try such requests in the Policy simulator.
      </Box>
    </HelpPanel>
  );
}

export function AccessMatrixHelp() {
  return (
    <HelpPanel header={<h2>Access matrix</h2>}>
      <Box variant="p">
        One row per user and role (and, if you choose, per user group), one column per action of the
        chosen services, grouped by access level. Each cell is the engine&apos;s decision for that
        principal, action and resource, with the permissions boundary and the Organizations SCPs,
        and no request context. A Web Worker computes the cells, so the page stays responsive;
        choose a cell to see why.
      </Box>
      <Box variant="p">
        The principals&apos; policies are read with iam:GetAccountAuthorizationDetails.
      </Box>
    </HelpPanel>
  );
}
