// An instance's IAM role after launch (the console's Actions → Security → Modify IAM role):
// AssociateIamInstanceProfile, ReplaceIamInstanceProfileAssociation and
// DisassociateIamInstanceProfile, each on the instance's ARN; attaching a profile with a role also
// passes the role (iam:PassRole with iam:PassedToService = ec2.amazonaws.com).

import { readTx, writeTx } from '@/storage/db';
import { readInstanceProfile } from '@/storage/instance-profiles';
import { readInstance, writeInstance } from '@/storage/instances';
import { readRole } from '@/storage/roles';
import type { InstanceProfileRecord, InstanceRecord } from '@/storage/types';
import { instanceArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { instanceContext, requireRegion } from './ec2-context';
import { requireInstances } from './ec2-instance';

type ProfileOperation =
  | 'AssociateIamInstanceProfile'
  | 'ReplaceIamInstanceProfileAssociation'
  | 'DisassociateIamInstanceProfile';

async function requireProfile(name: string): Promise<InstanceProfileRecord> {
  const profile = await readTx((tx) => readInstanceProfile(tx, name));
  if (!profile) {
    throw new AwsError(
      'InvalidParameterValue',
      `Value (${name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
    );
  }
  return profile;
}

/** iam:PassRole on the profile's role, if it holds one (an empty profile passes nothing). */
async function passRole(call: CallScope, profile: InstanceProfileRecord, region: string) {
  const roleName = profile.roleNames[0];
  const role = roleName ? await readTx((tx) => readRole(tx, roleName)) : undefined;
  if (!role) return;
  await call.authorize({
    action: 'iam:PassRole',
    resource: role.arn,
    context: {
      'iam:PassedToService': 'ec2.amazonaws.com',
      'iam:AssociatedResourceARN': instanceArn('*', region),
    },
  });
}

function profileCall(
  caller: Caller,
  operation: ProfileOperation,
  instanceId: string,
  region: string,
  body: (call: CallScope, record: InstanceRecord) => Promise<InstanceRecord>,
): Promise<void> {
  const action = `ec2:${operation}`;
  const resource = instanceArn(instanceId, region);
  return runCall(caller, { service: 'ec2', operation, action, resource, region }, async (call) => {
    requireRegion(region);
    const [record] = await requireInstances([instanceId], region, call.nowMs);
    const updated = await body(call, record as InstanceRecord);
    await writeTx(async (tx) => {
      // Invariant: requireInstances found it, and nothing in the lab deletes instances.
      if (await readInstance(tx, instanceId)) await writeInstance(tx, updated, call.change);
    });
  });
}

/** AssociateIamInstanceProfile: for an instance without a profile. */
export function associateIamInstanceProfile(
  caller: Caller,
  instanceId: string,
  profileName: string,
  region: string,
): Promise<void> {
  return profileCall(
    caller,
    'AssociateIamInstanceProfile',
    instanceId,
    region,
    async (call, record) => {
      const profile = await requireProfile(profileName);
      await call.authorize({
        action: 'ec2:AssociateIamInstanceProfile',
        resource: instanceArn(instanceId, region),
        context: { ...instanceContext(record), 'ec2:NewInstanceProfile': profile.arn },
      });
      await passRole(call, profile, region);
      if (record.iamInstanceProfile) {
        throw new AwsError(
          'IncorrectState',
          `There is an existing association for instance ${instanceId}`,
        );
      }
      return { ...record, iamInstanceProfile: { arn: profile.arn, id: profile.instanceProfileId } };
    },
  );
}

/** ReplaceIamInstanceProfileAssociation: swaps the instance's profile for another. */
export function replaceIamInstanceProfileAssociation(
  caller: Caller,
  instanceId: string,
  profileName: string,
  region: string,
): Promise<void> {
  return profileCall(
    caller,
    'ReplaceIamInstanceProfileAssociation',
    instanceId,
    region,
    async (call, record) => {
      const profile = await requireProfile(profileName);
      await call.authorize({
        action: 'ec2:ReplaceIamInstanceProfileAssociation',
        resource: instanceArn(instanceId, region),
        context: { ...instanceContext(record), 'ec2:NewInstanceProfile': profile.arn },
      });
      await passRole(call, profile, region);
      if (!record.iamInstanceProfile) {
        throw new AwsError(
          'InvalidParameterValue',
          `The instance ${instanceId} has no IAM instance profile association to replace.`,
        );
      }
      return { ...record, iamInstanceProfile: { arn: profile.arn, id: profile.instanceProfileId } };
    },
  );
}

/** DisassociateIamInstanceProfile: the instance keeps running without a role. */
export function disassociateIamInstanceProfile(
  caller: Caller,
  instanceId: string,
  region: string,
): Promise<void> {
  return profileCall(
    caller,
    'DisassociateIamInstanceProfile',
    instanceId,
    region,
    async (call, record) => {
      await call.authorize({
        action: 'ec2:DisassociateIamInstanceProfile',
        resource: instanceArn(instanceId, region),
        context: instanceContext(record),
      });
      const { iamInstanceProfile: _gone, ...rest } = record;
      return rest;
    },
  );
}
