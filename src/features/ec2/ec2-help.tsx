// Help panels of the EC2 pages.
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';

export function InstancesHelp() {
  return (
    <HelpPanel header={<h2>Instances</h2>}>
      <Box variant="p">
        EC2 is regional: the Region in the top bar is where every call goes (
        <code>aws:RequestedRegion</code> and <code>ec2:Region</code>), and the list shows only its
        instances. Listing calls DescribeInstances (<code>ec2:DescribeInstances</code>), which has
        no resource-level permissions: only <code>&quot;Resource&quot;: &quot;*&quot;</code> allows
        it.
      </Box>
      <Box variant="p">
        Each item of the Instance state menu is its own API call: <code>ec2:StartInstances</code>,{' '}
        <code>ec2:StopInstances</code>, <code>ec2:RebootInstances</code> and{' '}
        <code>ec2:TerminateInstances</code>, authorized on the instance ARN{' '}
        <code>arn:aws:ec2:&lt;region&gt;:123456789012:instance/i-…</code> with the instance&apos;s
        tags as <code>aws:ResourceTag/&lt;key&gt;</code> and{' '}
        <code>ec2:ResourceTag/&lt;key&gt;</code>. The Tags tab saves with{' '}
        <code>ec2:CreateTags</code> and <code>ec2:DeleteTags</code>, which also supply{' '}
        <code>aws:RequestTag/&lt;key&gt;</code> and <code>aws:TagKeys</code>.
      </Box>
      <Box variant="p">
        Actions → Security → Modify IAM role calls <code>ec2:AssociateIamInstanceProfile</code>,{' '}
        <code>ec2:ReplaceIamInstanceProfileAssociation</code> or{' '}
        <code>ec2:DisassociateIamInstanceProfile</code> on the instance; a new role also needs{' '}
        <code>iam:PassRole</code>.
      </Box>
      <Box variant="p">
        EC2 refuses with <code>UnauthorizedOperation</code>. Write actions end their message with an
        encoded authorization failure message; &quot;Decode message&quot; decodes it with{' '}
        <code>sts:DecodeAuthorizationMessage</code>, as you.
      </Box>
    </HelpPanel>
  );
}

export function LaunchInstanceHelp() {
  return (
    <HelpPanel header={<h2>Launch an instance</h2>}>
      <Box variant="p">
        Launching calls RunInstances. EC2 authorizes <code>ec2:RunInstances</code> on each resource
        the launch touches: the instance (<code>instance/*</code>, with{' '}
        <code>ec2:InstanceType</code>), its network interface, the security group, the subnet, the
        root volume, the image (<code>arn:aws:ec2:&lt;region&gt;::image/ami-…</code>, with{' '}
        <code>ec2:Owner</code>) and the key pair.
      </Box>
      <Box variant="p">
        Tags given at launch also need <code>ec2:CreateTags</code>, with{' '}
        <code>ec2:CreateAction</code> = RunInstances. An IAM instance profile passes its role to
        EC2: <code>iam:PassRole</code> on the role, with <code>iam:PassedToService</code> ={' '}
        <code>ec2.amazonaws.com</code>.
      </Box>
      <Box variant="p">
        In the lab an instance is a record in your browser: it goes from pending to running in a few
        seconds, and costs nothing. A new key pair is a real key made in your browser; the lab keeps
        only its fingerprint.
      </Box>
    </HelpPanel>
  );
}

export function KeyPairsHelp() {
  return (
    <HelpPanel header={<h2>Key pairs</h2>}>
      <Box variant="p">
        Key pairs belong to a Region. Listing calls DescribeKeyPairs (
        <code>ec2:DescribeKeyPairs</code>, Resource &quot;*&quot;); Create key pair calls{' '}
        <code>ec2:CreateKeyPair</code> and Delete calls <code>ec2:DeleteKeyPair</code>, both on{' '}
        <code>arn:aws:ec2:&lt;region&gt;:123456789012:key-pair/&lt;name&gt;</code>.
      </Box>
      <Box variant="p">
        The private key is made in your browser and downloaded once as a .pem file; like AWS, the
        lab keeps only the fingerprint.
      </Box>
    </HelpPanel>
  );
}
