// "Act as this instance's role": the session EC2 gives software on an instance with an instance
// profile, arn:aws:sts::<acct>:assumed-role/<role>/<instance id>. EC2 obtains it for the instance,
// so no caller's permission is asked for; the lab reads the instance, its profile and the role.

import { readTx } from '@/storage/db';
import { readInstanceProfile } from '@/storage/instance-profiles';
import { readInstance } from '@/storage/instances';
import { readRole } from '@/storage/roles';
import { AwsError } from './aws-error';
import { roleSessionCaller, type RoleSessionCaller } from './caller';
import { nowMs } from './clock';

/** EC2 rotates an instance's role credentials well before they expire; they are valid for 6 hours. */
const INSTANCE_CREDENTIALS_MS = 6 * 60 * 60 * 1000;

export async function instanceRoleSession(
  instanceId: string,
  region: string,
): Promise<RoleSessionCaller> {
  return readTx(async (tx) => {
    const instance = await readInstance(tx, instanceId);
    if (!instance || instance.region !== region) {
      throw new AwsError(
        'InvalidInstanceID.NotFound',
        `The instance ID '${instanceId}' does not exist`,
      );
    }
    const profileName = instance.iamInstanceProfile?.arn.split('/').pop();
    const profile = profileName ? await readInstanceProfile(tx, profileName) : undefined;
    const roleName = profile?.roleNames[0];
    const role = roleName ? await readRole(tx, roleName) : undefined;
    if (!role) {
      throw new AwsError(
        'ValidationError',
        `The instance ${instanceId} has no instance profile with a role.`,
      );
    }
    const issued = nowMs();
    return roleSessionCaller(
      role.roleName,
      role.arn,
      instanceId,
      new Date(issued).toISOString(),
      new Date(issued + INSTANCE_CREDENTIALS_MS).toISOString(),
    );
  });
}
