// The "Best practices" scenario: an account that breaks the IAM security best practices the
// lesson fixes. The root user has no MFA; dev-admin holds AdministratorAccess attached directly
// instead of through the Admins group; build-bot's access key has not been used in 200 days;
// carol's password is more than a year old and should be reset.

import type { LabWriteTx } from './schema';
import { seedBlankLab } from './seed-blank-lab';
import {
  daysAgo,
  managedPolicyArn,
  seedAccessKey,
  seedAttachment,
  seedGroup,
  seedScope,
  seedUser,
} from './seed-support';
import type { PasswordHash } from './types';

export const BEST_PRACTICES_ID = 'best-practices';
/** How old build-bot's never-used access key is. */
export const UNUSED_KEY_AGE_DAYS = 200;

export async function seedBestPractices(tx: LabWriteTx, password: PasswordHash): Promise<void> {
  await seedBlankLab(tx, BEST_PRACTICES_ID);
  const s = seedScope(tx);
  await seedUser(s, 'admin-1', { password });
  await seedUser(s, 'dev-admin', { password });
  await seedUser(s, 'build-bot', { createDate: daysAgo(s, UNUSED_KEY_AGE_DAYS) });
  await seedAccessKey(s, 'build-bot', UNUSED_KEY_AGE_DAYS);
  await seedUser(s, 'carol', { password, createDate: daysAgo(s, 400) });
  await seedGroup(s, 'Admins', ['admin-1'], [managedPolicyArn('AdministratorAccess')]);
  await seedAttachment(s, 'user', 'dev-admin', managedPolicyArn('AdministratorAccess'));
}
