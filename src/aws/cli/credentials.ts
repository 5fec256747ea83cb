// Which credentials a CLI command signs with, and whether AWS would accept them. With no profile
// that holds a key, CloudShell signs as the console's identity; a profile's access key must exist,
// be active and come with its secret, or each service refuses it in its own words.

import { readAccessKey, writeAccessKey } from '@/storage/access-keys';
import { readCliProfile } from '@/storage/cli-profiles';
import { readTx, writeTx } from '@/storage/db';
import type { AccessKeyRecord, CliProfileRecord } from '@/storage/types';
import { AwsError } from '../aws-error';
import { userCaller, type Caller } from '../caller';
import { nowIso } from '../clock';
import { secretHashOf } from '../iam-access-keys';
import { CliUsageError } from './cli-errors';

export type CliService = 'sts' | 's3' | 'ec2' | 'iam';

/** The CLI's user agent, as CloudTrail records it for calls from CloudShell. */
export function cliUserAgent(command: string): string {
  return `aws-cli/2.22.35 md/awscrt#0.23.4 ua/2.1 os/linux#6.1.119 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython exec-env/CloudShell cfg/retry-mode#standard md/installer#exe md/distrib#amzn.2023 md/prompt#off md/command#${command}`;
}

/** The profile a command reads: --profile, else "default" if it was configured. */
export async function readProfileFor(
  name: string | undefined,
): Promise<CliProfileRecord | undefined> {
  const profile = await readTx((tx) => readCliProfile(tx, name ?? 'default'));
  if (name !== undefined && !profile) {
    throw new CliUsageError(`\nThe config profile (${name}) could not be found\n`, 255);
  }
  return profile;
}

/** How each service words a key it does not know, or one that is inactive. */
function unknownKey(service: CliService): AwsError {
  switch (service) {
    case 's3':
      return new AwsError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    case 'ec2':
      return new AwsError(
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
      );
    default:
      return new AwsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
  }
}

/** How each service words a secret that does not match the key. */
function wrongSecret(service: CliService): AwsError {
  switch (service) {
    case 's3':
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      );
    case 'ec2':
      return new AwsError(
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
      );
    default:
      return new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
  }
}

/** IAM is a global service: AWS records no region for a key last used with it. */
function lastUsedRegion(service: CliService, region: string): string {
  return service === 'iam' ? '' : region;
}

/**
 * The caller a command's call to `service` runs as. A profile's key is checked as AWS checks a
 * signature: the key must exist and be active, and the secret must match (a key made before the
 * lab kept secret digests cannot be checked, so it is refused like a wrong secret). An accepted key
 * records its last use (service, region, date), as IAM's access key last used does.
 */
export async function authenticate(input: {
  consoleCaller: Caller;
  profile: CliProfileRecord | undefined;
  service: CliService;
  operation: string;
  region: string;
  userAgent: string;
}): Promise<Caller> {
  const { profile, service } = input;
  if (!profile?.accessKeyId) return { ...input.consoleCaller, userAgent: input.userAgent };
  const key = await readTx((tx) => readAccessKey(tx, profile.accessKeyId ?? ''));
  if (!key || key.status !== 'Active') throw unknownKey(service);
  const secret = profile.secretAccessKey ?? '';
  if (!key.secretHash || key.secretHash !== secretHashOf(key.accessKeyId, secret)) {
    throw wrongSecret(service);
  }
  await recordLastUsed(key, input.operation, service, input.region);
  return { ...userCaller(key.userName), accessKeyId: key.accessKeyId, userAgent: input.userAgent };
}

async function recordLastUsed(
  key: AccessKeyRecord,
  operation: string,
  service: CliService,
  region: string,
): Promise<void> {
  const time = nowIso();
  const principalArn = userCaller(key.userName).arn;
  await writeTx(async (tx) => {
    const current = await readAccessKey(tx, key.accessKeyId);
    if (!current) return;
    await writeAccessKey(
      tx,
      {
        ...current,
        lastUsed: { date: time, serviceName: service, region: lastUsedRegion(service, region) },
      },
      { principalArn, operation, time },
    );
  });
}
