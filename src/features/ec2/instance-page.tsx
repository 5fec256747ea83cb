// EC2 > Instances > i-…: the instance summary, its Instance state menu, and Details / Tags tabs.
import Alert from '@cloudscape-design/components/alert';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Instance } from '@/queries/types';
import { instancesQuery } from '@/queries/ec2';
import { useInstanceRoleSession } from '@/queries/lab';
import { LAB_ACCOUNT_ID, useActingIdentity, useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf } from '@/ui/denial-alert';
import { formatLaunchTime, STATE_INDICATOR, STATE_LABEL } from './ec2-format';
import { InstancesHelp } from './ec2-help';
import { ec2Paths } from './ec2-paths';
import { instanceStateMenu, type InstanceStateAction } from './instance-state-actions';
import { InstanceTagsTab } from './instance-tags-tab';
import { ModifyIamRoleModal } from './modify-iam-role-modal';
import { ec2Breadcrumbs } from './instances-page';
import { useEc2Region } from './use-ec2-region';
import { useInstanceState } from './use-instance-state';

function InstanceDetails({ instance, arn }: { instance: Instance; arn: string }) {
  const profile = instance.iamInstanceProfile?.arn.split('/').pop();
  return (
    <Container header={<Header variant="h2">Instance summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Instance ID', value: instance.instanceId },
          { label: 'Public IPv4 address', value: '–' },
          { label: 'Private IPv4 addresses', value: instance.privateIpAddress },
          {
            label: 'Instance state',
            value: (
              <StatusIndicator type={STATE_INDICATOR[instance.state]}>
                {STATE_LABEL[instance.state]}
              </StatusIndicator>
            ),
          },
          { label: 'Instance type', value: instance.instanceType },
          { label: 'VPC ID', value: instance.vpcId ?? '–' },
          { label: 'Subnet ID', value: instance.subnetId ?? '–' },
          { label: 'IAM Role', value: profile ?? '–' },
          { label: 'AMI ID', value: instance.imageId },
          { label: 'Key pair assigned at launch', value: instance.keyName ?? '–' },
          { label: 'Platform', value: instance.platform ?? 'Linux/UNIX' },
          { label: 'Availability Zone', value: instance.availabilityZone },
          { label: 'Launch time', value: formatLaunchTime(instance.launchTime) },
          { label: 'Security groups', value: instance.securityGroupIds?.join(', ') ?? '–' },
          { label: 'Instance ARN', value: arn },
        ]}
      />
    </Container>
  );
}

export function InstancePage() {
  const caller = useCaller();
  const region = useEc2Region();
  const instanceId = useParams().instanceId ?? '';
  const instances = useQuery(instancesQuery(caller, region.code));
  const { request, dialog } = useInstanceState(region.code);
  const [modifyingRole, setModifyingRole] = useState(false);
  const roleSession = useInstanceRoleSession();
  const actAsInstanceRole = useActingIdentity((s) => s.actAsInstanceRole);
  const pushFlash = useFlash((s) => s.pushFlash);
  usePageChrome({
    breadcrumbs: [...ec2Breadcrumbs, { text: instanceId, path: ec2Paths.instance(instanceId) }],
    help: InstancesHelp,
    contentType: 'default',
  });
  const denied = deniedCallOf(instances.error);
  const instance = instances.data?.find((i) => i.instanceId === instanceId);
  const title = `Instance summary for ${instanceId}${instance?.name ? ` (${instance.name})` : ''}`;
  const arn = `arn:aws:ec2:${region.code}:${LAB_ACCOUNT_ID}:instance/${instanceId}`;

  async function actAsRole() {
    try {
      const session = await roleSession.mutateAsync({ instanceId, region: region.code });
      actAsInstanceRole(session);
      pushFlash({
        type: 'success',
        header: `You are acting as ${session.arn}.`,
        content: 'This tab now uses the credentials EC2 gives software on the instance.',
      });
    } catch (err) {
      pushFlash({
        type: 'error',
        header: "Could not act as this instance's role",
        content: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        actions={
          instance && (
            <SpaceBetween direction="horizontal" size="xs">
              <ButtonDropdown
                onItemClick={({ detail }) =>
                  request(detail.id as InstanceStateAction, [instance.instanceId])
                }
                items={instanceStateMenu([instance.state])}
              >
                Instance state
              </ButtonDropdown>
              <ButtonDropdown
                onItemClick={({ detail }) => {
                  if (detail.id === 'modify-iam-role') setModifyingRole(true);
                  if (detail.id === 'act-as-instance-role') void actAsRole();
                }}
                items={[
                  {
                    id: 'security',
                    text: 'Security',
                    items: [
                      { id: 'modify-iam-role', text: 'Modify IAM role' },
                      {
                        id: 'act-as-instance-role',
                        text: "Act as this instance's role",
                        disabled: !instance.iamInstanceProfile,
                        disabledReason: 'The instance has no IAM role.',
                      },
                    ],
                  },
                ]}
                expandableGroups
              >
                Actions
              </ButtonDropdown>
            </SpaceBetween>
          )
        }
      >
        {title}
      </Header>
      {denied && (
        <DenialAlert header="You are not authorized to perform this operation." error={denied} />
      )}
      {instances.data && !instance && (
        <Alert type="error" header="Instance not found">
          The instance ID &apos;{instanceId}&apos; does not exist
        </Alert>
      )}
      {instance && (
        <Tabs
          tabs={[
            {
              id: 'details',
              label: 'Details',
              content: <InstanceDetails instance={instance} arn={arn} />,
            },
            {
              id: 'tags',
              label: 'Tags',
              content: (
                <InstanceTagsTab
                  instanceId={instance.instanceId}
                  region={region.code}
                  tags={instance.tags}
                />
              ),
            },
          ]}
        />
      )}
      {dialog}
      {modifyingRole && instance && (
        <ModifyIamRoleModal
          instanceId={instance.instanceId}
          region={region.code}
          current={instance.iamInstanceProfile?.arn.split('/').pop()}
          onDismiss={() => setModifyingRole(false)}
        />
      )}
    </SpaceBetween>
  );
}
