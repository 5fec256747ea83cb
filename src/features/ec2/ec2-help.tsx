// Help panels of the EC2 pages.
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';

export function InstancesHelp() {
  return (
    <HelpPanel header={<h2>Instances</h2>}>
      <Box variant="p">
        Listing instances calls DescribeInstances (<code>ec2:DescribeInstances</code>, which has no
        resource-level permissions). Each item of the Instance state menu is its own API call:{' '}
        <code>ec2:StartInstances</code>, <code>ec2:StopInstances</code>,{' '}
        <code>ec2:RebootInstances</code> and <code>ec2:TerminateInstances</code>, authorized on the
        instance ARN <code>arn:aws:ec2:us-east-1:123456789012:instance/i-…</code>.
      </Box>
      <Box variant="p">
        EC2 refuses with <code>UnauthorizedOperation</code>. Its message ends with an encoded
        authorization failure message; AWS decodes it with sts:DecodeAuthorizationMessage.
      </Box>
    </HelpPanel>
  );
}

export function LaunchInstanceHelp() {
  return (
    <HelpPanel header={<h2>Launch an instance</h2>}>
      <Box variant="p">
        Launching calls RunInstances (<code>ec2:RunInstances</code>). In the lab an instance is a
        record in your browser: it goes from pending to running in a few seconds, and costs nothing.
      </Box>
    </HelpPanel>
  );
}
