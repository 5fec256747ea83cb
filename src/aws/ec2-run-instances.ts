// RunInstances as EC2 authorizes it: ec2:RunInstances on every resource the launch touches (the
// instance, its network interface, security group, subnet, root volume, image and key pair), each
// with its own condition keys; ec2:CreateTags with ec2:CreateAction for tags given at launch; and
// iam:PassRole on the instance profile's role, with iam:PassedToService = ec2.amazonaws.com.

import { readTx, writeTx } from '@/storage/db';
import { newInstanceId, newPrivateIp } from '@/storage/ids';
import { readInstanceProfile } from '@/storage/instance-profiles';
import { writeInstance } from '@/storage/instances';
import { readKeyPair } from '@/storage/key-pairs';
import { readRole } from '@/storage/roles';
import type {
  InstanceProfileRecord,
  InstanceRecord,
  KeyPairRecord,
  RoleRecord,
  Tag,
} from '@/storage/types';
import { ec2Arn, imageArn, instanceArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall, type AuthorizeSpec } from './call';
import { regionContext, requestTagContext, requireRegion, resourceTagContext } from './ec2-context';
import { toInstance, TRANSITION_MS } from './ec2-instance';
import {
  DEFAULT_EC2_REGION,
  defaultNetwork,
  findImage,
  imageIdIn,
  QUICK_START_IMAGES,
  type QuickStartImage,
} from './ec2-regions';
import type { Instance } from './types';

export interface RunInstancesInput {
  /** The Name tag; '' for none. */
  name: string;
  instanceType: string;
  /** An AMI of the Region's catalog; default: Amazon Linux 2023. */
  imageId?: string;
  count?: number;
  /** Default: the lab's home Region. */
  region?: string;
  /** Tags besides Name, applied to the instance and its volume. */
  tags?: Tag[];
  keyName?: string;
  /** IamInstanceProfile.Name */
  iamInstanceProfileName?: string;
  /** A default subnet of the Region; default: the first zone's. */
  subnetId?: string;
}

interface Launch {
  region: string;
  image: QuickStartImage;
  imageId: string;
  tags: Tag[];
  keyPair?: KeyPairRecord;
  profile?: InstanceProfileRecord;
  role?: RoleRecord;
  subnet: ReturnType<typeof defaultNetwork>['subnets'][number];
  network: ReturnType<typeof defaultNetwork>;
}

async function resolveLaunch(input: RunInstancesInput): Promise<Launch> {
  const region = requireRegion(input.region ?? DEFAULT_EC2_REGION);
  const defaultImage = QUICK_START_IMAGES[0] as QuickStartImage;
  const imageId = input.imageId ?? imageIdIn(defaultImage, region);
  const image = findImage(imageId, region);
  if (!image) {
    throw new AwsError('InvalidAMIID.NotFound', `The image id '[${imageId}]' does not exist`);
  }
  const network = defaultNetwork(region);
  const subnet = input.subnetId
    ? network.subnets.find((s) => s.subnetId === input.subnetId)
    : network.subnets[0];
  if (!subnet) {
    throw new AwsError('InvalidParameterValue', `The subnet ID '${input.subnetId}' does not exist`);
  }
  const tags = [
    ...(input.name ? [{ Key: 'Name', Value: input.name }] : []),
    ...(input.tags ?? []).filter((t) => t.Key !== 'Name' || !input.name),
  ];
  const launch: Launch = { region, image, imageId, tags, subnet, network };
  await readTx(async (tx) => {
    if (input.keyName !== undefined) {
      launch.keyPair = await readKeyPair(tx, region, input.keyName);
      if (!launch.keyPair) {
        throw new AwsError(
          'InvalidKeyPair.NotFound',
          `The key pair '${input.keyName}' does not exist`,
        );
      }
    }
    if (input.iamInstanceProfileName !== undefined) {
      launch.profile = await readInstanceProfile(tx, input.iamInstanceProfileName);
      if (!launch.profile) {
        throw new AwsError(
          'InvalidParameterValue',
          `Value (${input.iamInstanceProfileName}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
        );
      }
      const roleName = launch.profile.roleNames[0];
      if (roleName) launch.role = await readRole(tx, roleName);
    }
  });
  return launch;
}

/** The authorizations of one launch, in the order the lab checks them. */
function runInstancesAuthorizations(input: RunInstancesInput, launch: Launch): AuthorizeSpec[] {
  const { region, image, imageId, tags, subnet, network, keyPair, profile, role } = launch;
  const base = regionContext(region);
  const vpcArn = ec2Arn(region, 'vpc', network.vpcId);
  const requestTags = tags.length > 0 ? requestTagContext(tags) : {};
  const zone = subnet.availabilityZone;
  const run = (resource: string, context: AuthorizeSpec['context']): AuthorizeSpec => ({
    action: 'ec2:RunInstances',
    resource,
    context: { ...base, ...context },
  });
  const specs: AuthorizeSpec[] = [
    run(instanceArn('*', region), {
      'ec2:InstanceType': input.instanceType,
      'ec2:AvailabilityZone': zone,
      'ec2:RootDeviceType': 'ebs',
      'ec2:Tenancy': 'default',
      'ec2:InstanceMarketType': 'on-demand',
      'ec2:MetadataHttpTokens': 'required',
      ...(profile && { 'ec2:InstanceProfile': profile.arn }),
      ...requestTags,
    }),
    run(ec2Arn(region, 'network-interface', '*'), {
      'ec2:Subnet': ec2Arn(region, 'subnet', subnet.subnetId),
      'ec2:Vpc': vpcArn,
      'ec2:AvailabilityZone': zone,
      'ec2:AssociatePublicIpAddress': true,
    }),
    run(ec2Arn(region, 'security-group', network.securityGroupId), {
      'ec2:SecurityGroupID': network.securityGroupId,
      'ec2:Vpc': vpcArn,
    }),
    run(ec2Arn(region, 'subnet', subnet.subnetId), {
      'ec2:SubnetID': subnet.subnetId,
      'ec2:Vpc': vpcArn,
      'ec2:AvailabilityZone': zone,
    }),
    run(ec2Arn(region, 'volume', '*'), {
      'ec2:VolumeSize': image.rootVolumeSize,
      'ec2:VolumeType': 'gp3',
      'ec2:Encrypted': false,
      'ec2:AvailabilityZone': zone,
      ...requestTags,
    }),
    run(imageArn(region, imageId), {
      'ec2:ImageID': imageId,
      'ec2:ImageType': 'machine',
      'ec2:Owner': image.owner,
      'ec2:Public': true,
      'ec2:RootDeviceType': 'ebs',
    }),
  ];
  if (keyPair) {
    specs.push(
      run(ec2Arn(region, 'key-pair', keyPair.keyName), {
        'ec2:KeyPairName': keyPair.keyName,
        'ec2:KeyPairType': keyPair.keyType,
        ...resourceTagContext(keyPair.tags),
      }),
    );
  }
  if (tags.length > 0) {
    for (const resource of [instanceArn('*', region), ec2Arn(region, 'volume', '*')]) {
      specs.push({
        action: 'ec2:CreateTags',
        resource,
        context: { ...base, 'ec2:CreateAction': 'RunInstances', ...requestTags },
      });
    }
  }
  if (role) {
    specs.push({
      action: 'iam:PassRole',
      resource: role.arn,
      context: {
        'iam:PassedToService': 'ec2.amazonaws.com',
        'iam:AssociatedResourceARN': instanceArn('*', region),
      },
    });
  }
  return specs;
}

export function runInstances(caller: Caller, input: RunInstancesInput): Promise<Instance[]> {
  const region = input.region ?? DEFAULT_EC2_REGION;
  const resource = instanceArn('*', region);
  return runCall(
    caller,
    { service: 'ec2', operation: 'RunInstances', action: 'ec2:RunInstances', resource, region },
    async (call) => {
      const launch = await resolveLaunch(input);
      for (const spec of runInstancesAuthorizations(input, launch)) await call.authorize(spec);
      const count = input.count ?? 1;
      if (!Number.isInteger(count) || count < 1 || count > 20) {
        throw new AwsError('InvalidParameterValue', `Invalid value '${count}' for MaxCount.`);
      }
      const launched: InstanceRecord[] = [];
      await writeTx(async (tx) => {
        for (let i = 0; i < count; i++) {
          const record: InstanceRecord = {
            instanceId: newInstanceId(),
            name: input.name,
            instanceType: input.instanceType,
            imageId: launch.imageId,
            region,
            availabilityZone: launch.subnet.availabilityZone,
            launchTime: call.time,
            privateIpAddress: newPrivateIp(),
            state: 'pending',
            transition: { to: 'running', atMs: call.nowMs + TRANSITION_MS.pending },
            tags: launch.tags,
            vpcId: launch.network.vpcId,
            subnetId: launch.subnet.subnetId,
            securityGroupIds: [launch.network.securityGroupId],
            platform: launch.image.platform,
            ...(launch.keyPair && { keyName: launch.keyPair.keyName }),
            ...(launch.profile && {
              iamInstanceProfile: {
                arn: launch.profile.arn,
                id: launch.profile.instanceProfileId,
              },
            }),
          };
          await writeInstance(tx, record, call.change);
          launched.push(record);
        }
      });
      return launched.map((r) => toInstance(r, call.nowMs));
    },
  );
}
