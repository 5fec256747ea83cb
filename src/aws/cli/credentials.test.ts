import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCallLog } from '@/storage/lab-admin';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCallerWithMfa } from '../caller';
import { setLabClock } from '../clock';
import {
  createAccessKey,
  deleteAccessKey,
  listAccessKeys,
  updateAccessKey,
} from '../iam-access-keys';
import * as lab from '../lab';
import { maskValue } from './configure-commands';
import { cliAs } from './test-support';

const root = rootCaller();
const NOW = Date.parse('2026-06-01T10:20:30.000Z');
const STS_INVALID =
  '\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';
const S3_INVALID =
  '\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.\n';
const EC2_INVALID =
  '\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials\n';

let key: { accessKeyId: string; secretAccessKey: string };

beforeEach(async () => {
  await useFreshIndexedDb();
  setLabClock(NOW);
  await lab.loadScenario('iam-users-and-groups');
  key = await createAccessKey(root, 'user-1');
});
afterEach(() => setLabClock(undefined));

/** "aws configure --profile <name>" answered with a key, its secret, and Enter twice. */
async function configure(profile: string, accessKeyId: string, secret: string) {
  const flag = profile === 'default' ? '' : ` --profile ${profile}`;
  const result = await cliAs(root)(`aws configure${flag}`, [accessKeyId, secret, '', '']);
  expect(result).toEqual({ text: '', exitCode: 0 });
}

describe('aws configure', () => {
  it('asks the CLI four questions, masking the key and secret it already has', async () => {
    const first = await cliAs(root)('aws configure --profile dev');
    expect(first.ask?.questions).toEqual([
      'AWS Access Key ID [None]: ',
      'AWS Secret Access Key [None]: ',
      'Default region name [None]: ',
      'Default output format [None]: ',
    ]);
    await first.ask?.finish([key.accessKeyId, key.secretAccessKey, 'eu-west-1', 'text']);
    const again = await cliAs(root)('aws configure --profile dev');
    expect(again.ask?.questions).toEqual([
      `AWS Access Key ID [****************${key.accessKeyId.slice(-4)}]: `,
      `AWS Secret Access Key [****************${key.secretAccessKey.slice(-4)}]: `,
      'Default region name [eu-west-1]: ',
      'Default output format [text]: ',
    ]);
    // Enter keeps every value.
    await again.ask?.finish(['', '', '', '']);
    expect((await cliAs(root)('aws configure list-profiles')).text).toBe('dev\n');
    // The profile's output format applies; its region yields to CloudShell's AWS_REGION.
    const identity = await cliAs(root)('aws sts get-caller-identity --profile dev');
    expect(identity.text).toMatch(/^123456789012\tarn:aws:iam::123456789012:user\/user-1\tAIDA/);
  });

  it('configure list shows where each value comes from', async () => {
    await configure('dev', key.accessKeyId, key.secretAccessKey);
    expect((await cliAs(root)('aws configure list --profile dev')).text).toBe(
      '      Name                    Value             Type    Location\n' +
        '      ----                    -----             ----    --------\n' +
        '   profile                      dev           manual    --profile\n' +
        `access_key     ${maskValue(key.accessKeyId)} shared-credentials-file    \n` +
        `secret_key     ${maskValue(key.secretAccessKey)} shared-credentials-file    \n` +
        "    region                us-east-1              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']\n",
    );
    const console = (await cliAs(root)('aws configure list')).text;
    expect(console).toContain('   profile                <not set>             None    None\n');
    expect(console).toMatch(/access_key {5}\*{16}[0-9A-F]{4} {3}container-role {4}\n/);
  });

  it('configure set writes one value, configure get reads it back', async () => {
    const cli = cliAs(root);
    expect(
      await cli(`aws configure set aws_access_key_id ${key.accessKeyId} --profile ops`),
    ).toEqual({
      text: '',
      exitCode: 0,
    });
    await cli(`aws configure set profile.ops.aws_secret_access_key ${key.secretAccessKey}`);
    await cli('aws configure set output text --profile ops');
    expect((await cli('aws configure get output --profile ops')).text).toBe('text\n');
    expect(await cli('aws configure get region --profile ops')).toEqual({ text: '', exitCode: 1 });
    expect((await cli('aws sts get-caller-identity --profile ops')).text).toMatch(
      /\tarn:aws:iam::123456789012:user\/user-1\t/,
    );
  });

  it('an unknown --profile fails before any call', async () => {
    expect(await cliAs(root)('aws s3 ls --profile nope')).toEqual({
      text: '\nThe config profile (nope) could not be found\n',
      exitCode: 255,
    });
  });
});

describe('commands signed with a profile access key', () => {
  it('run as the key owner, with the key and the CLI user agent on the call record', async () => {
    await configure('dev', key.accessKeyId, key.secretAccessKey);
    const cli = cliAs(userCallerWithMfa('user-2', NOW - 60_000));
    // As user-2 (the console's identity) S3 is denied; user-1's key may list buckets.
    expect((await cli('aws s3 ls')).exitCode).toBe(254);
    expect((await cli('aws s3 ls --profile dev')).exitCode).toBe(0);
    const [withKey, asConsole] = await readCallLog(2);
    expect(withKey).toMatchObject({
      principalArn: 'arn:aws:iam::123456789012:user/user-1',
      userName: 'user-1',
      eventName: 'ListBuckets',
      accessKeyId: key.accessKeyId,
      decision: 'allowed',
    });
    expect(withKey?.userAgent).toMatch(/^aws-cli\/2\.\S+ .*md\/command#s3\.ls$/);
    // Long-term keys carry no MFA; the console's session (CloudShell) keeps its own.
    expect(withKey?.context).not.toHaveProperty('aws:MultiFactorAuthPresent');
    expect(asConsole?.accessKeyId).toBeUndefined();
    expect(asConsole?.userAgent).toMatch(/^aws-cli\/2\./);
    expect(asConsole?.context['aws:MultiFactorAuthPresent']).toBe(true);
  });

  it('the default profile applies without --profile, and records the key last used', async () => {
    await configure('default', key.accessKeyId, key.secretAccessKey);
    const identity = await cliAs(root)('aws sts get-caller-identity');
    expect(JSON.parse(identity.text)).toMatchObject({
      Arn: 'arn:aws:iam::123456789012:user/user-1',
    });
    await cliAs(root)('aws ec2 describe-instances');
    const [metadata] = await listAccessKeys(root, 'user-1');
    expect(metadata?.lastUsed).toEqual({
      date: new Date(NOW).toISOString(),
      serviceName: 'ec2',
      region: 'us-east-1',
    });
    await cliAs(root)('aws iam list-users');
    const [afterIam] = await listAccessKeys(root, 'user-1');
    expect(afterIam?.lastUsed).toMatchObject({ serviceName: 'iam', region: '' });
  });

  it('a wrong secret fails with SignatureDoesNotMatch (S3, STS) and AuthFailure (EC2)', async () => {
    // One character off (never the same character: the secret is random).
    const last = key.secretAccessKey.slice(-1) === 'x' ? 'y' : 'x';
    await configure('bad', key.accessKeyId, `${key.secretAccessKey.slice(0, -1)}${last}`);
    const cli = cliAs(root);
    expect((await cli('aws s3 ls --profile bad')).text).toBe(
      '\nAn error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.\n',
    );
    expect((await cli('aws sts get-caller-identity --profile bad')).text).toBe(
      '\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n',
    );
    expect((await cli('aws ec2 describe-instances --profile bad')).text).toBe(EC2_INVALID);
    const [metadata] = await listAccessKeys(root, 'user-1');
    expect(metadata?.lastUsed).toBeUndefined();
  });

  it.each([
    ['an unknown key', async () => 'AKIAIOSFODNN7EXAMPLE'],
    [
      'an inactive key',
      async () => {
        await updateAccessKey(root, 'user-1', key.accessKeyId, 'Inactive');
        return key.accessKeyId;
      },
    ],
    [
      'a deleted key',
      async () => {
        await deleteAccessKey(root, 'user-1', key.accessKeyId);
        return key.accessKeyId;
      },
    ],
  ])("%s fails in each service's words", async (_name, prepare) => {
    await configure('dev', await prepare(), key.secretAccessKey);
    const cli = cliAs(root);
    expect((await cli('aws sts get-caller-identity --profile dev')).text).toBe(STS_INVALID);
    expect((await cli('aws s3 ls --profile dev')).text).toBe(S3_INVALID);
    expect((await cli('aws ec2 describe-instances --profile dev')).text).toBe(EC2_INVALID);
    expect((await cli('aws iam list-users --profile dev')).text).toBe(
      '\nAn error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid.\n',
    );
  });
});
