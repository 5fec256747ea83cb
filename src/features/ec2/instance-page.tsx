// EC2 > Instances > i-…: the instance summary.
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { instancesQuery } from '@/queries/ec2';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf } from '@/ui/denial-alert';
import { ec2Paths } from './ec2-paths';
import { formatLaunchTime, STATE_INDICATOR, STATE_LABEL } from './ec2-format';
import { InstancesHelp } from './ec2-help';
import { ec2Breadcrumbs } from './instances-page';

export function InstancePage() {
  const caller = useCaller();
  const instanceId = useParams().instanceId ?? '';
  const instances = useQuery(instancesQuery(caller));
  usePageChrome({
    breadcrumbs: [...ec2Breadcrumbs, { text: instanceId, path: ec2Paths.instance(instanceId) }],
    help: InstancesHelp,
    contentType: 'default',
  });
  const denied = deniedCallOf(instances.error);
  const instance = instances.data?.find((i) => i.instanceId === instanceId);
  const title = `Instance summary for ${instanceId}${instance?.name ? ` (${instance.name})` : ''}`;
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{title}</Header>
      {denied && (
        <DenialAlert header="You are not authorized to perform this operation." error={denied} />
      )}
      {instances.data && !instance && (
        <Alert type="error" header="Instance not found">
          The instance ID &apos;{instanceId}&apos; does not exist
        </Alert>
      )}
      {instance && (
        <Container>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Instance ID', value: instance.instanceId },
              {
                label: 'Instance state',
                value: (
                  <StatusIndicator type={STATE_INDICATOR[instance.state]}>
                    {STATE_LABEL[instance.state]}
                  </StatusIndicator>
                ),
              },
              { label: 'Instance type', value: instance.instanceType },
              { label: 'Private IPv4 addresses', value: instance.privateIpAddress },
              { label: 'Availability Zone', value: instance.availabilityZone },
              { label: 'Launch time', value: formatLaunchTime(instance.launchTime) },
              {
                label: 'Instance ARN',
                value: `arn:aws:ec2:us-east-1:123456789012:instance/${instance.instanceId}`,
              },
            ]}
          />
        </Container>
      )}
    </SpaceBetween>
  );
}
