// Catalog lookups, wildcard expansion and condition keys.
// Source: the Service Authorization Reference (docs.aws.amazon.com/service-authorization/latest/
// reference/list_amazons3.html, list_amazonec2.html, list_awsidentityandaccessmanagementiam.html)
// and UG reference_policies_elements_action ("action names are case-insensitive", * and ?).
import { describe, expect, it } from 'vitest';
import { loadServiceCatalog } from './load-service-catalog';

const catalog = await loadServiceCatalog({ services: ['s3', 'ec2', 'iam', 'sts'] });

describe('index lookups (Service Authorization Reference)', () => {
  it('knows every service of the data, sorted and lower case', () => {
    const prefixes = catalog.servicePrefixes();
    expect(prefixes.length).toBe(456);
    expect([...prefixes].sort()).toEqual(prefixes);
    expect(prefixes.every((p) => p === p.toLowerCase())).toBe(true);
  });

  it.each([
    ['s3', 'Amazon S3'],
    ['ec2', 'Amazon EC2'],
    ['iam', 'AWS Identity and Access Management (IAM)'],
    ['STS', 'AWS Security Token Service'],
    ['nosuchservice', undefined],
  ])('serviceName(%s) is %s', (prefix, name) => {
    expect(catalog.serviceName(prefix)).toBe(name);
    expect(catalog.hasService(prefix)).toBe(name !== undefined);
  });

  it.each([
    // list_amazons3.html: access levels per action
    ['s3:getobject', 's3', 'GetObject', 'Read'],
    ['S3:LISTALLMYBUCKETS', 's3', 'ListAllMyBuckets', 'List'],
    ['s3:PutObject', 's3', 'PutObject', 'Write'],
    ['s3:PutBucketPolicy', 's3', 'PutBucketPolicy', 'Permissions management'],
    ['s3:PutObjectTagging', 's3', 'PutObjectTagging', 'Tagging'],
    ['ec2:describeinstances', 'ec2', 'DescribeInstances', 'List'],
    ['ec2:StopInstances', 'ec2', 'StopInstances', 'Write'],
    // "Tagging, Write" and "Permissions management, Write" map to the specific level.
    ['ec2:CreateTags', 'ec2', 'CreateTags', 'Tagging'],
    ['iam:TagRole', 'iam', 'TagRole', 'Tagging'],
    ['iam:AttachRolePolicy', 'iam', 'AttachRolePolicy', 'Permissions management'],
    ['iam:ChangePassword', 'iam', 'ChangePassword', 'Write'],
    ['iam:ListUsers', 'iam', 'ListUsers', 'List'],
    ['sts:AssumeRole', 'sts', 'AssumeRole', 'Write'],
  ] as const)('action(%s) is %s:%s (%s)', (query, service, name, accessLevel) => {
    expect(catalog.action(query)).toEqual({ service, name, accessLevel });
  });

  it.each(['s3:GetObjct', 'nosuch:GetObject', 'GetObject', ':GetObject', 's3:', ''])(
    'action(%j) is undefined',
    (query) => {
      expect(catalog.action(query)).toBeUndefined();
    },
  );
});

describe('expandActionPattern (UG reference_policies_elements_action: * and ?, case-insensitive)', () => {
  const names = (pattern: string) =>
    catalog.expandActionPattern(pattern).map((a) => `${a.service}:${a.name}`);

  it('s3:Get* expands to real S3 actions that start with Get', () => {
    const got = names('s3:Get*');
    expect(got).toContain('s3:GetObject');
    expect(got).toContain('s3:GetBucketPolicy');
    expect(got.every((n) => n.startsWith('s3:Get'))).toBe(true);
    expect(names('S3:get*')).toEqual(got);
  });

  it.each([
    ['iam:?etUser', ['iam:GetUser']],
    ['s3:ListAllMyBuckets', ['s3:ListAllMyBuckets']],
    ['s3:listallmybuckets', ['s3:ListAllMyBuckets']],
    ['*:ListAllMyBuckets', ['s3:ListAllMyBuckets']],
    ['ec2:StopInstance?', ['ec2:StopInstances']],
    ['s3:NoSuchAction*', []],
    ['nosuch:*', []],
  ])('%s → %j', (pattern, expected) => {
    expect(names(pattern)).toEqual(expected);
  });

  it('"*" and "s3:*" expand to every action of the index', () => {
    expect(names('*').length).toBe(
      catalog.servicePrefixes().reduce((n, p) => n + catalog.actionsOf(p).length, 0),
    );
    expect(names('s3:*').length).toBe(catalog.actionsOf('s3').length);
  });

  it('a service-part wildcard matches prefixes: s3* covers s3 and s3-object-lambda', () => {
    const services = new Set(catalog.expandActionPattern('s3*:*').map((a) => a.service));
    expect(services.has('s3')).toBe(true);
    expect(services.has('s3-object-lambda')).toBe(true);
    expect(services.has('ec2')).toBe(false);
  });

  it('does not blow up on many stars', () => {
    const started = performance.now();
    expect(names(`ec2:${'*a'.repeat(40)}*zzz`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('details of loaded services', () => {
  it('has an action detail once the service is loaded', () => {
    const stop = catalog.actionDetail('EC2:stopinstances');
    expect(stop?.resourceTypes).toEqual([
      expect.objectContaining({ name: 'instance', required: true }),
    ]);
    expect(catalog.actionDetail('ec2:DescribeInstances')?.resourceTypes).toEqual([]);
    expect(catalog.actionDetail('ec2:RunInstances')?.resourceTypes.length).toBeGreaterThan(5);
  });

  it('reports unloaded services as such', async () => {
    const c = await loadServiceCatalog();
    expect(c).toBe(catalog);
    expect(c.isServiceLoaded('lambda')).toBe(false);
    expect(c.actionDetail('lambda:InvokeFunction')).toBeUndefined();
    expect(c.resourceTypesOf('lambda')).toBeUndefined();
    await c.loadServices(['Lambda', 'nosuchservice']);
    expect(c.isServiceLoaded('lambda')).toBe(true);
    expect(c.actionDetail('lambda:InvokeFunction')?.accessLevel).toBe('Write');
  });

  it('gives resource types with ARN formats', () => {
    const object = catalog.resourceTypesOf('s3')?.find((r) => r.name === 'object');
    expect(object?.arnFormat).toBe('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
    const instance = catalog.resourceTypesOf('ec2')?.find((r) => r.name === 'instance');
    expect(instance?.arnFormat).toBe(
      'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}',
    );
  });
});

describe('conditionKey (UG reference_policies_condition-keys: names are case-insensitive)', () => {
  it.each([
    ['aws:SourceIp', 'aws:SourceIp', 'IPAddress'],
    ['AWS:SOURCEIP', 'aws:SourceIp', 'IPAddress'],
    ['aws:PrincipalTag/team', 'aws:PrincipalTag/tag-key', 'String'],
    ['aws:username', 'aws:username', 'String'],
    ['aws:CurrentTime', 'aws:CurrentTime', 'Date'],
    ['s3:prefix', 's3:prefix', 'String'],
    ['s3:ExistingObjectTag/Project', 's3:ExistingObjectTag/<key>', 'String'],
    ['ec2:InstanceType', 'ec2:InstanceType', 'String'],
    ['iam:PassedToService', 'iam:PassedToService', 'String'],
  ])('%s → %s (%s)', (query, name, type) => {
    expect(catalog.conditionKey(query)).toEqual(expect.objectContaining({ name, type }));
  });

  it('does not know made-up keys', () => {
    expect(catalog.conditionKey('s3:NoSuchKey')).toBeUndefined();
    expect(catalog.conditionKey('__proto__')).toBeUndefined();
  });
});

describe('the decoded index matches the data (evaluator-libs.md §2.1)', () => {
  it('holds 22,091 actions with the documented access-level split', () => {
    const all = catalog.expandActionPattern('*');
    expect(all.length).toBe(22091);
    const count = (level: string) => all.filter((a) => a.accessLevel === level).length;
    expect(count('Write')).toBe(11357);
    expect(count('Read')).toBe(5871);
    expect(count('List')).toBe(3719);
    expect(count('Tagging')).toBe(719);
    expect(count('Permissions management')).toBe(425);
  });

  it.each([
    ['s3', 180, 13, 64],
    ['ec2', 826, 114, 148],
    ['iam', 190, 15, 22],
    ['sts', 16, 5, 131],
  ])('%s has %i actions, %i resource types, %i condition keys', (prefix, actions, types, keys) => {
    expect(catalog.actionsOf(prefix).length).toBe(actions);
    expect(catalog.resourceTypesOf(prefix)?.length).toBe(types);
    expect(catalog.conditionKeysOf(prefix)?.length).toBe(keys);
    expect(catalog.actionDetailsOf(prefix)?.length).toBe(actions);
  });

  it('decodes names in AWS casing, every detail agreeing with the index', () => {
    for (const prefix of ['s3', 'ec2', 'iam', 'sts']) {
      for (const action of catalog.actionsOf(prefix)) {
        const detail = catalog.actionDetail(`${prefix}:${action.name}`);
        expect(detail?.name).toBe(action.name);
        expect(detail?.accessLevel).toBe(action.accessLevel);
      }
    }
  });
});

describe('global condition keys (UG reference_policies_condition-keys)', () => {
  it('lists every global key with a type and a description', () => {
    const keys = catalog.globalConditionKeys();
    expect(keys.length).toBe(59);
    expect(keys.every((k) => k.type !== '' && k.description !== '')).toBe(true);
    expect(catalog.conditionKey('aws:SourceIp')?.description).toBe(
      'Filters access by the IP address of the requester',
    );
  });
});
