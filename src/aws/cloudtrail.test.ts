// The Event history: CloudTrail's record shape, LookupEvents' filters and pages, and "Re-run now".
import { beforeEach, describe, expect, it } from 'vitest';
import { writeTx } from '@/storage/db';
import { writeCalls } from '@/storage/logs';
import type { CallRecord } from '@/storage/types';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import { getEvent, lookupEvents } from './cloudtrail-api';
import { cloudTrailEvent, eventIdOf, recordIdOf } from './cloudtrail-event';
import * as ec2 from './ec2-api';
import * as iam from './iam';
import * as lab from './lab';
import { rerunCall } from './rerun-call';
import * as s3 from './s3-api';
import * as sts from './sts-api';
import { errorOf } from './test-support';

const root = rootCaller();
const user1 = userCaller('user-1');
const user2 = userCaller('user-2');

beforeEach(async () => {
  await useFreshIndexedDb();
  await lab.loadScenario('iam-users-and-groups');
});

async function latest(eventName: string): Promise<CallRecord> {
  const { events } = await lookupEvents(root, {
    lookupAttribute: { attributeKey: 'EventName', attributeValue: eventName },
    maxResults: 1,
  });
  const detail = events[0] && (await getEvent(root, events[0].eventId));
  if (!detail) throw new Error(`no ${eventName} event`);
  return detail.call;
}

describe('the CloudTrail record', () => {
  it('of an S3 denial has CloudTrail shape and the user identity', async () => {
    await errorOf(s3.listBuckets(user2));
    const call = await latest('ListBuckets');
    const event = cloudTrailEvent(call);
    expect(Object.keys(event)).toEqual([
      'eventVersion',
      'userIdentity',
      'eventTime',
      'eventSource',
      'eventName',
      'awsRegion',
      'sourceIPAddress',
      'userAgent',
      'errorCode',
      'errorMessage',
      'requestParameters',
      'responseElements',
      'requestID',
      'eventID',
      'readOnly',
      'eventType',
      'managementEvent',
      'recipientAccountId',
      'eventCategory',
      'tlsDetails',
      'sessionCredentialFromConsole',
    ]);
    expect(event).toMatchObject({
      eventVersion: '1.09',
      userIdentity: {
        type: 'IAMUser',
        arn: 'arn:aws:iam::123456789012:user/user-2',
        accountId: '123456789012',
        userName: 'user-2',
        sessionContext: { attributes: { mfaAuthenticated: 'false' } },
      },
      eventSource: 's3.amazonaws.com',
      eventName: 'ListBuckets',
      awsRegion: 'us-east-1',
      errorCode: 'AccessDenied',
      readOnly: true,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '123456789012',
      eventCategory: 'Management',
    });
    expect(event.userIdentity.principalId).toMatch(/^AIDA/);
    expect(event.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(event.errorMessage).toContain('is not authorized to perform: s3:ListAllMyBuckets');
    expect(recordIdOf(event.eventID)).toBe(call.id);
    expect(cloudTrailEvent(call).requestID).toBe(event.requestID);
  });

  it('writes EC2 errors as Client.UnauthorizedOperation; root has the account as principal ID', async () => {
    const [instance] = await ec2.describeInstances(root);
    await errorOf(ec2.terminateInstances(user2, [instance?.instanceId ?? '']));
    const denied = cloudTrailEvent(await latest('TerminateInstances'));
    expect(denied.errorCode).toBe('Client.UnauthorizedOperation');
    expect(denied.resources).toEqual([
      expect.objectContaining({ type: 'AWS::EC2::Instance', accountId: '123456789012' }),
    ]);
    const describe = cloudTrailEvent(await latest('DescribeInstances'));
    expect(describe.userIdentity).toEqual({
      type: 'Root',
      principalId: '123456789012',
      arn: 'arn:aws:iam::123456789012:root',
      accountId: '123456789012',
    });
    expect(describe.errorCode).toBeUndefined();
  });

  it('marks S3 object calls as data events, and plain HTTP has no tlsDetails', () => {
    const call: CallRecord = {
      id: 7,
      time: '2026-06-01T10:00:00.123Z',
      epochMs: Date.parse('2026-06-01T10:00:00.123Z'),
      principalArn: 'arn:aws:iam::123456789012:user/user-1',
      principalType: 'IAMUser',
      userName: 'user-1',
      eventSource: 's3.amazonaws.com',
      eventName: 'GetObject',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::lab-bucket/a.txt',
      region: 'us-east-1',
      decision: 'allowed',
      context: { 'aws:SecureTransport': false, 'aws:SourceIp': '203.0.113.9' },
      accessKeyId: 'AKIAEXAMPLE',
      userAgent: 'aws-cli/2.17.0',
    };
    const event = cloudTrailEvent(call);
    expect(event).toMatchObject({
      eventTime: '2026-06-01T10:00:00Z',
      sourceIPAddress: '203.0.113.9',
      userAgent: 'aws-cli/2.17.0',
      managementEvent: false,
      eventCategory: 'Data',
      resources: [{ type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::lab-bucket/a.txt' }],
      userIdentity: { accessKeyId: 'AKIAEXAMPLE' },
    });
    expect(event.tlsDetails).toBeUndefined();
    expect(event.sessionCredentialFromConsole).toBeUndefined();
    expect(event.userIdentity.sessionContext).toBeUndefined();
    expect(recordIdOf(eventIdOf(call))).toBe(7);
  });
});

describe('LookupEvents', () => {
  async function seed(count: number) {
    const base = Date.parse('2026-01-01T00:00:00Z');
    const calls: CallRecord[] = Array.from({ length: count }, (_, i) => ({
      time: new Date(base + i * 1000).toISOString(),
      epochMs: base + i * 1000,
      principalArn: `arn:aws:iam::123456789012:user/user-${(i % 3) + 1}`,
      principalType: 'IAMUser',
      userName: `user-${(i % 3) + 1}`,
      eventSource: 'iam.amazonaws.com',
      eventName: i % 2 ? 'ListUsers' : 'GetUser',
      action: i % 2 ? 'iam:ListUsers' : 'iam:GetUser',
      resource: 'arn:aws:iam::123456789012:user/',
      region: 'us-east-1',
      decision: i % 5 === 0 ? 'implicitDeny' : 'allowed',
      ...(i % 5 === 0 && { errorCode: 'AccessDenied', errorMessage: 'denied' }),
      context: {},
    }));
    await writeTx((tx) => writeCalls(tx, calls));
  }

  it('pages newest first with NextToken, without repeating or skipping an event', async () => {
    await seed(120);
    const filter = {
      lookupAttribute: { attributeKey: 'Username', attributeValue: 'user-2' },
    } as const;
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await lookupEvents(root, { ...filter, maxResults: 15, nextToken: token });
      seen.push(...page.events.map((e) => e.eventTime));
      token = page.nextToken;
    } while (token);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('filters by event name and by outcome', async () => {
    await seed(20);
    const denied = await lookupEvents(root, {
      lookupAttribute: { attributeKey: 'EventName', attributeValue: 'GetUser' },
      outcome: 'denied',
    });
    expect(denied.events.map((e) => [e.eventName, e.errorCode])).toEqual(
      Array.from({ length: 2 }, () => ['GetUser', 'AccessDenied']),
    );
    const succeeded = await lookupEvents(root, { outcome: 'succeeded', maxResults: 50 });
    expect(succeeded.events.every((e) => e.errorCode === undefined)).toBe(true);
  });

  it('needs cloudtrail:LookupEvents, and refuses a forged NextToken', async () => {
    const error = await errorOf(lookupEvents(user1));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action',
    );
    const forged = await errorOf(lookupEvents(root, { nextToken: 'not-a-token' }));
    expect([forged.code, forged.message]).toEqual([
      'InvalidNextTokenException',
      'Invalid NextToken',
    ]);
  });
});

describe('rerunCall', () => {
  const ALLOW_LIST_USERS = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
  });

  it('evaluates the recorded request against today’s policies and says the answer changed', async () => {
    await errorOf(iam.listUsers(user1));
    const call = await latest('ListUsers');
    expect(call.decision).toBe('implicitDeny');
    const before = await rerunCall(call);
    expect(before).toMatchObject({ status: 'evaluated', changed: false });

    await iam.putUserPolicy(root, 'user-1', 'ListUsers', ALLOW_LIST_USERS);
    const after = await rerunCall(call);
    if (after.status !== 'evaluated') throw new Error('expected an evaluation');
    expect([after.recorded, after.evaluation.decision, after.changed]).toEqual([
      'implicitDeny',
      'allowed',
      true,
    ]);
    expect(after.evaluation.decisiveStatements[0]?.policyName).toBe('ListUsers');
    expect(after.request.context).toEqual(call.context);
  });

  it('uses the bucket policy as it is now for S3 ARNs', async () => {
    const [bucket] = await s3.listBuckets(root);
    await errorOf(s3.listObjectsV2(user2, bucket?.name ?? ''));
    const call = await latest('ListObjectsV2');
    await writeTx(async (tx) => {
      const store = tx.objectStore('buckets');
      const record = await store.get(bucket?.name ?? '');
      if (!record) throw new Error('bucket');
      await store.put({
        ...record,
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'User2Lists',
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::123456789012:user/user-2' },
              Action: 's3:ListBucket',
              Resource: `arn:aws:s3:::${bucket?.name ?? ''}`,
            },
          ],
        }),
      });
    });
    const result = await rerunCall(call);
    if (result.status !== 'evaluated') throw new Error('expected an evaluation');
    expect(result.request.resourcePolicy?.name).toBe('Bucket policy');
    expect([result.evaluation.decision, result.changed]).toEqual(['allowed', true]);
  });

  it('uses the role trust policy as it is now for sts:AssumeRole', async () => {
    const trust = (principal: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
      });
    await iam.createRole(root, {
      roleName: 'Auditor',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-2'),
    });
    await errorOf(
      sts.assumeRole(user1, {
        roleArn: 'arn:aws:iam::123456789012:role/Auditor',
        roleSessionName: 'user-1',
      }),
    );
    const call = await latest('AssumeRole');
    expect(call.decision).toBe('implicitDeny');
    await iam.updateAssumeRolePolicy(
      root,
      'Auditor',
      trust('arn:aws:iam::123456789012:user/user-1'),
    );
    const result = await rerunCall(call);
    if (result.status !== 'evaluated') throw new Error('expected an evaluation');
    expect(result.request.resourcePolicy?.type).toBe('trust');
    expect([result.evaluation.decision, result.changed]).toEqual(['allowed', true]);
  });

  it('says so when the principal no longer exists', async () => {
    await iam.createUser(root, { userName: 'temp' });
    await errorOf(iam.listUsers(userCaller('temp')));
    const call = await latest('ListUsers');
    await iam.deleteUser(root, 'temp');
    expect(await rerunCall(call)).toEqual({
      status: 'principal-gone',
      message:
        'arn:aws:iam::123456789012:user/temp no longer exists, so its credentials no longer work.',
    });
  });
});

describe('sign-in events', () => {
  it('records ConsoleLogin successes and failures as AwsConsoleSignIn events', async () => {
    const { signIn } = await import('./console-sign-in');
    const account = '123456789012';
    await signIn({ account, userName: 'user-1', password: 'Lab-Password1' });
    await signIn({ account, userName: 'user-1', password: 'wrong' });
    await signIn({ account, userName: 'nobody', password: 'wrong' });
    await signIn({ account: '999999999999', userName: 'user-1', password: 'wrong' });
    const { events } = await lookupEvents(root, {
      lookupAttribute: { attributeKey: 'EventName', attributeValue: 'ConsoleLogin' },
    });
    expect(events.map((e) => e.userName)).toEqual([
      'HIDDEN_DUE_TO_SECURITY_REASONS',
      'user-1',
      'user-1',
    ]);
    const records = await Promise.all(events.map((e) => getEvent(root, e.eventId)));
    expect(
      records.map((r) => [r?.event.eventType, r?.event.responseElements, r?.event.errorMessage]),
    ).toEqual([
      ['AwsConsoleSignIn', { ConsoleLogin: 'Failure' }, 'Failed authentication'],
      ['AwsConsoleSignIn', { ConsoleLogin: 'Failure' }, 'Failed authentication'],
      ['AwsConsoleSignIn', { ConsoleLogin: 'Success' }, undefined],
    ]);
    expect(records[2]?.event).toMatchObject({
      eventSource: 'signin.amazonaws.com',
      additionalEventData: { MFAUsed: 'No' },
      requestParameters: null,
    });
    expect(records[2]?.event.errorCode).toBeUndefined();
    const failed = await lookupEvents(root, { outcome: 'failed' });
    expect(failed.events.filter((e) => e.eventName === 'ConsoleLogin')).toHaveLength(2);
  });
});
