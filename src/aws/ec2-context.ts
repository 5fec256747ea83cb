// The condition keys EC2 supplies (Service Authorization Reference, list_amazonec2.html): an
// instance's own keys and tags for actions on it, and the tags of a request that creates or tags.

import type { ContextValue } from '@/iam';
import type { InstanceRecord, Tag } from '@/storage/types';
import { AwsError } from './aws-error';
import { ec2Region } from './ec2-regions';

export type Ec2Context = Record<string, ContextValue>;

/** Every EC2 action carries ec2:Region; the call itself carries aws:RequestedRegion. */
export function regionContext(region: string): Ec2Context {
  return { 'ec2:Region': region };
}

/** The Region an EC2 request is sent to; an unknown one has no endpoint, as in botocore. */
export function requireRegion(region: string): string {
  if (!ec2Region(region)) {
    throw new AwsError(
      'InvalidRegion',
      `Could not connect to the endpoint URL: "https://ec2.${region}.amazonaws.com/"`,
    );
  }
  return region;
}

/** A resource's tags as aws:ResourceTag/<key> and ec2:ResourceTag/<key>: EC2 supplies both. */
export function resourceTagContext(tags: readonly Tag[]): Ec2Context {
  const context: Ec2Context = {};
  for (const tag of tags) {
    context[`aws:ResourceTag/${tag.Key}`] = tag.Value;
    context[`ec2:ResourceTag/${tag.Key}`] = tag.Value;
  }
  return context;
}

/** The tags a request sets: aws:RequestTag/<key> for each, and aws:TagKeys. */
export function requestTagContext(tags: readonly Tag[]): Ec2Context {
  const context: Ec2Context = { 'aws:TagKeys': tags.map((t) => t.Key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}

/** The keys of an existing instance, for Start/Stop/Reboot/TerminateInstances and tagging it. */
export function instanceContext(instance: InstanceRecord): Ec2Context {
  return {
    ...regionContext(instance.region),
    'ec2:InstanceID': instance.instanceId,
    'ec2:InstanceType': instance.instanceType,
    'ec2:AvailabilityZone': instance.availabilityZone,
    'ec2:RootDeviceType': 'ebs',
    'ec2:Tenancy': 'default',
    ...(instance.iamInstanceProfile && {
      'ec2:InstanceProfile': instance.iamInstanceProfile.arn,
    }),
    ...resourceTagContext(instance.tags),
  };
}
