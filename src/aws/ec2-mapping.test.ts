// Each EC2 console action's IAM request (action, resource ARN, condition keys) checked against the
// Service Authorization Reference in src/iam/catalog (list_amazonec2.html), from the call records.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadServiceCatalog } from '@/iam/catalog';
import { readTx } from '@/storage/db';
import { readRecentCalls } from '@/storage/logs';
import { useFreshIndexedDb } from '@/storage/test-support';
import type { CallRecord } from '@/storage/types';
import { rootCaller } from './caller';
import * as ec2 from './ec2-api';
import { defaultNetwork, imageIdIn, QUICK_START_IMAGES } from './ec2-regions';
import { addRoleToInstanceProfile, createInstanceProfile } from './instance-profiles';
import { createRole } from './iam-roles';
import * as sts from './sts-api';

const catalog = await loadServiceCatalog({ services: ['ec2', 'iam', 'sts'] });
const root = rootCaller();
const REGION = 'eu-west-1';
const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

beforeEach(useFreshIndexedDb);

/** The call records of the latest calls, oldest first. */
async function lastCalls(n: number): Promise<CallRecord[]> {
  return (await readTx((tx) => readRecentCalls(tx, n))).reverse();
}

function arnPattern(format: string): RegExp {
  const escaped = format.replace(/[.*+?^()|[\]\\]/g, '\\$&');
  const body = escaped
    .replace('${Partition}', 'aws')
    .replace('${Region}', '[a-z]{2}-[a-z]+-\\d')
    .replace('${Account}', '\\d{12}')
    .replace(/\$\{[A-Za-z]+\}/g, '(\\*|[^/]+)');
  return new RegExp(`^${body}$`);
}

const keyMatches = (pattern: string, key: string) =>
  pattern.includes('${TagKey}')
    ? key.toLowerCase().startsWith(pattern.slice(0, pattern.indexOf('${')).toLowerCase())
    : pattern.toLowerCase() === key.toLowerCase();

/** Keys every request carries (call.ts) and the lab's identity keys: not per action. */
const GLOBAL =
  /^aws:(CurrentTime|EpochTime|RequestedRegion|SecureTransport|SourceIp|username|userid|PrincipalArn|PrincipalAccount|PrincipalType|PrincipalTag\/.*|MultiFactorAuth.*|TokenIssueTime)$/i;

/** The catalog's verdict on one authorization: its resource type, or why it does not fit. */
function checkAgainstCatalog(record: CallRecord): string {
  const detail = catalog.actionDetail(record.action);
  if (!detail) return `unknown action ${record.action}`;
  if (detail.resourceTypes.length === 0) {
    if (record.resource !== '*') return `${record.action} takes Resource "*"`;
  }
  const service = record.action.slice(0, record.action.indexOf(':'));
  const types = catalog.resourceTypesOf(service) ?? [];
  const matched = detail.resourceTypes.find((rt) => {
    const format = types.find((t) => t.name === rt.name)?.arnFormat;
    return format !== undefined && arnPattern(format).test(record.resource);
  });
  if (detail.resourceTypes.length > 0 && !matched) {
    return `${record.resource} is no resource type of ${record.action}`;
  }
  const allowedKeys = [...detail.conditionKeys, ...(matched?.conditionKeys ?? [])];
  for (const key of Object.keys(record.context)) {
    if (GLOBAL.test(key)) continue;
    if (!allowedKeys.some((p) => keyMatches(p, key))) {
      return `${key} is not a condition key of ${record.action} on ${matched?.name ?? '*'}`;
    }
  }
  return matched?.name ?? '*';
}

describe('EC2 console actions against the service catalog', () => {
  it('DescribeInstances and DescribeKeyPairs: Resource "*", ec2:Region, the requested Region', async () => {
    await ec2.describeInstances(root, REGION);
    await ec2.describeKeyPairs(root, REGION);
    const calls = await lastCalls(2);
    expect(calls.map((c) => [c.action, c.resource, checkAgainstCatalog(c)])).toEqual([
      ['ec2:DescribeInstances', '*', '*'],
      ['ec2:DescribeKeyPairs', '*', '*'],
    ]);
    for (const call of calls) {
      expect(call.region).toBe(REGION);
      expect(call.context['aws:RequestedRegion']).toBe(REGION);
      expect(call.context['ec2:Region']).toBe(REGION);
    }
  });

  it('CreateKeyPair: the key-pair ARN with ec2:KeyPairType; tags add CreateTags with ec2:CreateAction', async () => {
    const created = await ec2.createKeyPair(
      root,
      { keyName: 'lab-key', tags: [{ Key: 'team', Value: 'blue' }] },
      REGION,
    );
    expect(created.keyMaterial).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----\n$/,
    );
    expect(created.keyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    const calls = await lastCalls(2);
    const arn = 'arn:aws:ec2:eu-west-1:123456789012:key-pair/lab-key';
    expect(calls.map((c) => [c.action, c.resource, checkAgainstCatalog(c)])).toEqual([
      ['ec2:CreateKeyPair', arn, 'key-pair'],
      ['ec2:CreateTags', arn, 'key-pair'],
    ]);
    expect(calls[0]?.context).toMatchObject({
      'ec2:KeyPairType': 'rsa',
      'aws:RequestTag/team': 'blue',
      'aws:TagKeys': ['team'],
    });
    expect(calls[1]?.context['ec2:CreateAction']).toBe('CreateKeyPair');
    expect((await ec2.describeKeyPairs(root, REGION)).map((k) => k.keyName)).toEqual(['lab-key']);
    expect(await ec2.describeKeyPairs(root, 'us-east-1')).toEqual([]);
  });

  it('RunInstances: every resource type AWS checks, CreateTags for launch tags, PassRole for the profile', async () => {
    await createRole(root, { roleName: 'AppRole', assumeRolePolicyDocument: EC2_TRUST });
    await createInstanceProfile(root, 'AppRole');
    await addRoleToInstanceProfile(root, 'AppRole', 'AppRole');
    await ec2.createKeyPair(root, { keyName: 'lab-key' }, REGION);
    const image = QUICK_START_IMAGES[1]!;
    const imageId = imageIdIn(image, REGION);
    const [instance] = await ec2.runInstances(root, {
      name: 'web',
      instanceType: 't3.micro',
      imageId,
      region: REGION,
      tags: [{ Key: 'env', Value: 'dev' }],
      keyName: 'lab-key',
      iamInstanceProfileName: 'AppRole',
    });
    const net = defaultNetwork(REGION);
    const subnet = net.subnets[0]!;
    const a = (type: string, id: string) => `arn:aws:ec2:eu-west-1:123456789012:${type}/${id}`;
    const calls = await lastCalls(10);
    expect(calls.map((c) => [c.action, c.resource, checkAgainstCatalog(c)])).toEqual([
      ['ec2:RunInstances', a('instance', '*'), 'instance'],
      ['ec2:RunInstances', a('network-interface', '*'), 'network-interface'],
      ['ec2:RunInstances', a('security-group', net.securityGroupId), 'security-group'],
      ['ec2:RunInstances', a('subnet', subnet.subnetId), 'subnet'],
      ['ec2:RunInstances', a('volume', '*'), 'volume'],
      ['ec2:RunInstances', `arn:aws:ec2:eu-west-1::image/${imageId}`, 'image'],
      ['ec2:RunInstances', a('key-pair', 'lab-key'), 'key-pair'],
      ['ec2:CreateTags', a('instance', '*'), 'instance'],
      ['ec2:CreateTags', a('volume', '*'), 'volume'],
      ['iam:PassRole', 'arn:aws:iam::123456789012:role/AppRole', 'role'],
    ]);
    expect(calls[0]?.context).toMatchObject({
      'ec2:InstanceType': 't3.micro',
      'ec2:InstanceProfile': 'arn:aws:iam::123456789012:instance-profile/AppRole',
      'aws:RequestTag/Name': 'web',
      'aws:RequestTag/env': 'dev',
      'aws:TagKeys': ['Name', 'env'],
      'aws:RequestedRegion': REGION,
    });
    expect(calls[5]?.context).toMatchObject({ 'ec2:Owner': image.owner, 'ec2:ImageID': imageId });
    expect(calls[7]?.context['ec2:CreateAction']).toBe('RunInstances');
    expect(calls[9]?.context).toMatchObject({ 'iam:PassedToService': 'ec2.amazonaws.com' });
    expect(instance).toMatchObject({
      region: REGION,
      availabilityZone: 'eu-west-1a',
      keyName: 'lab-key',
      iamInstanceProfile: { arn: 'arn:aws:iam::123456789012:instance-profile/AppRole' },
    });
  });

  it('state actions and tagging: the instance ARN in its Region, with its tags as resource tags', async () => {
    const [instance] = await ec2.runInstances(root, {
      name: 'web',
      instanceType: 't3.micro',
      region: REGION,
    });
    const id = instance!.instanceId;
    await ec2.createTags(root, [id], [{ Key: 'team', Value: 'blue' }], REGION);
    await ec2.deleteTags(root, [id], [{ Key: 'team' }], REGION);
    await ec2.rebootInstances(root, [id], REGION).catch(() => undefined);
    await ec2.stopInstances(root, [id], REGION).catch(() => undefined);
    await ec2.terminateInstances(root, [id], REGION);
    const calls = await lastCalls(5);
    const arn = `arn:aws:ec2:eu-west-1:123456789012:instance/${id}`;
    expect(calls.map((c) => [c.action, c.resource, checkAgainstCatalog(c)])).toEqual([
      ['ec2:CreateTags', arn, 'instance'],
      ['ec2:DeleteTags', arn, 'instance'],
      ['ec2:RebootInstances', arn, 'instance'],
      ['ec2:StopInstances', arn, 'instance'],
      ['ec2:TerminateInstances', arn, 'instance'],
    ]);
    expect(calls[0]?.context).toMatchObject({
      'aws:ResourceTag/Name': 'web',
      'ec2:ResourceTag/Name': 'web',
      'aws:RequestTag/team': 'blue',
      'aws:TagKeys': ['team'],
    });
    expect(calls[1]?.context).toMatchObject({
      'aws:ResourceTag/team': 'blue',
      'aws:TagKeys': ['team'],
    });
    expect(calls[4]?.context).toMatchObject({
      'ec2:InstanceType': 't3.micro',
      'ec2:AvailabilityZone': 'eu-west-1a',
      'ec2:Region': REGION,
    });
  });

  it('Modify IAM role: associate, replace and disassociate on the instance, passing the role', async () => {
    await createRole(root, { roleName: 'AppRole', assumeRolePolicyDocument: EC2_TRUST });
    await createInstanceProfile(root, 'AppRole');
    await addRoleToInstanceProfile(root, 'AppRole', 'AppRole');
    const [instance] = await ec2.runInstances(root, {
      name: '',
      instanceType: 't3.micro',
      region: REGION,
    });
    const id = instance!.instanceId;
    await ec2.associateIamInstanceProfile(root, id, 'AppRole', REGION);
    await ec2.replaceIamInstanceProfileAssociation(root, id, 'AppRole', REGION);
    await ec2.disassociateIamInstanceProfile(root, id, REGION);
    const arn = `arn:aws:ec2:eu-west-1:123456789012:instance/${id}`;
    const role = 'arn:aws:iam::123456789012:role/AppRole';
    const calls = await lastCalls(5);
    expect(calls.map((c) => [c.action, c.resource, checkAgainstCatalog(c)])).toEqual([
      ['ec2:AssociateIamInstanceProfile', arn, 'instance'],
      ['iam:PassRole', role, 'role'],
      ['ec2:ReplaceIamInstanceProfileAssociation', arn, 'instance'],
      ['iam:PassRole', role, 'role'],
      ['ec2:DisassociateIamInstanceProfile', arn, 'instance'],
    ]);
    expect(calls[0]?.context['ec2:NewInstanceProfile']).toBe(
      'arn:aws:iam::123456789012:instance-profile/AppRole',
    );
    expect(calls[4]?.context['ec2:InstanceProfile']).toBe(
      'arn:aws:iam::123456789012:instance-profile/AppRole',
    );
    expect((await ec2.describeInstances(root, REGION))[0]?.iamInstanceProfile).toBeUndefined();
  });

  it('DecodeAuthorizationMessage: Resource "*"', async () => {
    await sts.decodeAuthorizationMessage(root, 'e30').catch(() => undefined);
    const [call] = await lastCalls(1);
    expect([call?.action, call?.resource, checkAgainstCatalog(call!)]).toEqual([
      'sts:DecodeAuthorizationMessage',
      '*',
      '*',
    ]);
  });
});
