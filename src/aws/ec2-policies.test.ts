// EC2 decisions that tutorials' policies rely on: tag conditions, iam:PassRole at launch, Describe*
// needing Resource "*", Regions, and decoding the encoded authorization failure message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import { setLabClock } from './clock';
import * as ec2 from './ec2-api';
import { addRoleToInstanceProfile, createInstanceProfile } from './instance-profiles';
import { createRole } from './iam-roles';
import { createUser } from './iam-users';
import { putInlinePolicy } from './inline-policy-ops';
import * as sts from './sts-api';
import { errorOf } from './test-support';

const root = rootCaller();
const dev = userCaller('dev');
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

async function devWith(...statements: object[]): Promise<void> {
  await createUser(root, { userName: 'dev' });
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  await putInlinePolicy(root, 'user', 'dev', 'DevPolicy', document);
}

let now = Date.parse('2026-12-01T10:00:00Z');

/** Launches as root and lets the instance reach running. */
async function launch(name: string, tags: Array<{ Key: string; Value: string }> = []) {
  const [instance] = await ec2.runInstances(root, { name, instanceType: 't3.micro', tags });
  now += 60_000;
  setLabClock(now);
  return instance!.instanceId;
}

beforeEach(async () => {
  setLabClock(now);
  await useFreshIndexedDb();
});
afterEach(() => setLabClock(undefined));

describe('tag conditions (aws:ResourceTag, aws:RequestTag, aws:TagKeys)', () => {
  it('a policy on aws:ResourceTag/team allows the tagged instance and denies the other', async () => {
    const blue = await launch('blue', [{ Key: 'team', Value: 'blue' }]);
    const red = await launch('red', [{ Key: 'team', Value: 'red' }]);
    await devWith({
      Effect: 'Allow',
      Action: 'ec2:StopInstances',
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: { StringEquals: { 'aws:ResourceTag/team': 'blue' } },
    });
    expect(await ec2.stopInstances(dev, [blue])).toMatchObject([{ currentState: 'stopping' }]);
    const error = await errorOf(ec2.stopInstances(dev, [red]));
    expect(error.code).toBe('UnauthorizedOperation');
    expect(error.message).toContain(
      `is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${red} because no identity-based policy allows the ec2:StopInstances action. Encoded authorization failure message: `,
    );
  });

  it('ec2:ResourceTag works as well, and a tag changed by CreateTags changes the answer', async () => {
    const id = await launch('web', [{ Key: 'team', Value: 'red' }]);
    await devWith(
      {
        Effect: 'Allow',
        Action: 'ec2:RebootInstances',
        Resource: '*',
        Condition: { StringEquals: { 'ec2:ResourceTag/team': 'blue' } },
      },
      {
        Effect: 'Allow',
        Action: 'ec2:CreateTags',
        Resource: '*',
        Condition: {
          StringEquals: { 'aws:RequestTag/team': 'blue' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] },
        },
      },
    );
    expect((await errorOf(ec2.rebootInstances(dev, [id]))).code).toBe('UnauthorizedOperation');
    const wrong = await errorOf(
      ec2.createTags(dev, [id], [{ Key: 'owner', Value: 'x' }], 'us-east-1'),
    );
    expect(wrong.message).toContain('ec2:CreateTags');
    await ec2.createTags(dev, [id], [{ Key: 'team', Value: 'blue' }], 'us-east-1');
    expect(await ec2.rebootInstances(dev, [id])).toHaveLength(1);
  });

  it('tags at launch need ec2:CreateTags with ec2:CreateAction = RunInstances', async () => {
    await devWith({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' });
    const input = { name: 'web', instanceType: 't3.micro' };
    const error = await errorOf(ec2.runInstances(dev, input));
    expect(error.message).toContain(
      'ec2:CreateTags on resource: arn:aws:ec2:us-east-1:123456789012:instance/*',
    );
    await putInlinePolicy(
      root,
      'user',
      'dev',
      'TagOnLaunch',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 'ec2:CreateTags',
          Resource: '*',
          Condition: { StringEquals: { 'ec2:CreateAction': 'RunInstances' } },
        },
      }),
    );
    expect(await ec2.runInstances(dev, input)).toHaveLength(1);
    expect(await ec2.runInstances(dev, { name: '', instanceType: 't3.micro' })).toHaveLength(1);
  });

  it('ec2:InstanceType limits what may be launched', async () => {
    await devWith({
      Effect: 'Allow',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { StringEqualsIfExists: { 'ec2:InstanceType': 't2.micro' } },
    });
    expect(await ec2.runInstances(dev, { name: '', instanceType: 't2.micro' })).toHaveLength(1);
    const error = await errorOf(ec2.runInstances(dev, { name: '', instanceType: 'm5.large' }));
    expect(error.message).toContain(
      'ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/*',
    );
  });
});

describe('iam:PassRole when launching with an instance profile', () => {
  beforeEach(async () => {
    await createRole(root, { roleName: 'S3Reader', assumeRolePolicyDocument: TRUST });
    await createInstanceProfile(root, 'S3Reader');
    await addRoleToInstanceProfile(root, 'S3Reader', 'S3Reader');
  });
  const input = { name: '', instanceType: 't3.micro', iamInstanceProfileName: 'S3Reader' };

  it('is denied without iam:PassRole, in EC2 wording', async () => {
    await devWith({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' });
    const error = await errorOf(ec2.runInstances(dev, input));
    expect(error.code).toBe('UnauthorizedOperation');
    expect(error.message).toMatch(
      /^You are not authorized to perform this operation\. User: arn:aws:iam::123456789012:user\/dev is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role\/S3Reader because no identity-based policy allows the iam:PassRole action\. Encoded authorization failure message: \S+$/,
    );
    expect(await ec2.describeInstances(root)).toEqual([]);
  });

  it('succeeds with iam:PassRole limited to iam:PassedToService = ec2.amazonaws.com', async () => {
    await devWith(
      { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: 'arn:aws:iam::123456789012:role/S3Reader',
        Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      },
    );
    const [instance] = await ec2.runInstances(dev, input);
    expect(instance?.iamInstanceProfile?.arn).toBe(
      'arn:aws:iam::123456789012:instance-profile/S3Reader',
    );
  });

  it('Modify IAM role after launch needs iam:PassRole too', async () => {
    const id = await launch('web');
    await devWith({ Effect: 'Allow', Action: 'ec2:AssociateIamInstanceProfile', Resource: '*' });
    const error = await errorOf(ec2.associateIamInstanceProfile(dev, id, 'S3Reader', 'us-east-1'));
    expect(error.message).toContain(
      'is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/S3Reader',
    );
    await ec2.associateIamInstanceProfile(root, id, 'S3Reader', 'us-east-1');
    const again = await errorOf(ec2.associateIamInstanceProfile(root, id, 'S3Reader', 'us-east-1'));
    expect([again.code, again.message]).toEqual([
      'IncorrectState',
      `There is an existing association for instance ${id}`,
    ]);
  });

  it('refuses an unknown instance profile as EC2 does', async () => {
    const error = await errorOf(
      ec2.runInstances(root, { ...input, iamInstanceProfileName: 'Nope' }),
    );
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toBe(
      'Value (Nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name',
    );
  });
});

describe('Describe* and Regions', () => {
  it('DescribeInstances needs Resource "*": an instance ARN in the policy does not allow it', async () => {
    const id = await launch('web');
    await devWith({
      Effect: 'Allow',
      Action: 'ec2:DescribeInstances',
      Resource: `arn:aws:ec2:us-east-1:123456789012:instance/${id}`,
    });
    const error = await errorOf(ec2.describeInstances(dev));
    expect(error.message).toBe(
      'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    );
  });

  it('instances belong to their Region; aws:RequestedRegion limits where calls go', async () => {
    await ec2.runInstances(root, { name: 'ire', instanceType: 't3.micro', region: 'eu-west-1' });
    const home = await launch('home');
    expect((await ec2.describeInstances(root, 'eu-west-1')).map((i) => i.name)).toEqual(['ire']);
    expect((await ec2.describeInstances(root)).map((i) => i.name)).toEqual(['home']);
    expect((await errorOf(ec2.stopInstances(root, [home], 'eu-west-1'))).code).toBe(
      'InvalidInstanceID.NotFound',
    );
    await devWith({
      Effect: 'Allow',
      Action: 'ec2:Describe*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    });
    expect(await ec2.describeInstances(dev, 'eu-west-1')).toHaveLength(1);
    expect((await errorOf(ec2.describeInstances(dev, 'us-east-1'))).code).toBe(
      'UnauthorizedOperation',
    );
    expect((await errorOf(ec2.describeInstances(root, 'xx-nowhere-1'))).message).toBe(
      'Could not connect to the endpoint URL: "https://ec2.xx-nowhere-1.amazonaws.com/"',
    );
  });
});

describe('realistic transitions', () => {
  it('a terminated instance stays listed for about an hour, then is gone', async () => {
    const id = await launch('web');
    await ec2.terminateInstances(root, [id]);
    now += 10 * 60_000;
    setLabClock(now);
    expect((await ec2.describeInstances(root)).map((i) => i.state)).toEqual(['terminated']);
    now += 60 * 60_000;
    setLabClock(now);
    expect(await ec2.describeInstances(root)).toEqual([]);
    expect((await errorOf(ec2.startInstances(root, [id]))).code).toBe('InvalidInstanceID.NotFound');
  });
});

describe('DecodeAuthorizationMessage', () => {
  async function encodedDenial(): Promise<string> {
    const id = await launch('web');
    const error = await errorOf(ec2.stopInstances(dev, [id]));
    return error.message.slice(error.message.indexOf('message: ') + 'message: '.length);
  }

  it('needs sts:DecodeAuthorizationMessage', async () => {
    await devWith({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' });
    const error = await errorOf(sts.decodeAuthorizationMessage(dev, await encodedDenial()));
    expect(error.code).toBe('AccessDenied');
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action',
    );
  });

  it("decodes to AWS's shape", async () => {
    await devWith({ Effect: 'Allow', Action: 'sts:DecodeAuthorizationMessage', Resource: '*' });
    const { decodedMessage } = await sts.decodeAuthorizationMessage(dev, await encodedDenial());
    const decoded = JSON.parse(decodedMessage) as Record<string, unknown>;
    expect(Object.keys(decoded)).toEqual([
      'allowed',
      'explicitDeny',
      'matchedStatements',
      'failures',
      'context',
    ]);
    expect(decoded).toMatchObject({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: {
        principal: { name: 'dev', arn: 'arn:aws:iam::123456789012:user/dev' },
        action: 'ec2:StopInstances',
      },
    });
    const conditions = (decoded.context as { conditions: { items: Array<{ key: string }> } })
      .conditions.items;
    expect(conditions.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        'aws:Service',
        'aws:Type',
        'aws:ARN',
        'ec2:Region',
        'aws:ResourceTag/Name',
      ]),
    );
  });

  it('an explicit deny lists its statement without the lab-only source pointer', async () => {
    await devWith(
      { Effect: 'Allow', Action: ['sts:DecodeAuthorizationMessage', 'ec2:*'], Resource: '*' },
      { Sid: 'NoStop', Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' },
    );
    const { decodedMessage } = await sts.decodeAuthorizationMessage(dev, await encodedDenial());
    const decoded = JSON.parse(decodedMessage) as { matchedStatements: { items: object[] } };
    expect(decoded.matchedStatements.items).toEqual([
      expect.objectContaining({ statementId: 'NoStop', effect: 'DENY' }),
    ]);
    expect(decoded.matchedStatements.items[0]).not.toHaveProperty('source');
  });

  it('refuses text that is not an encoded message', async () => {
    const error = await errorOf(sts.decodeAuthorizationMessage(root, 'not a message'));
    expect(error.code).toBe('InvalidAuthorizationMessageException');
  });
});
