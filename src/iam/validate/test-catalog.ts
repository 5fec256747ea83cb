// A small in-memory ServiceCatalog (a few s3, ec2, iam and sts actions, resource types and
// condition keys, as in the service authorization reference) for tests of the validator. The real
// catalog comes from src/iam/catalog; the validator depends only on the ServiceCatalog interface.
import type {
  AccessLevel,
  CatalogAction,
  CatalogActionDetail,
  CatalogConditionKey,
  CatalogResourceType,
  ServiceCatalog,
} from '../types';

const L: Record<string, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

// service → [name, "Service Name", "Action:Level ..."]
const SERVICES: Record<string, [string, string]> = {
  s3: [
    'Amazon S3',
    'GetObject:R PutObject:W DeleteObject:W ListBucket:L ListAllMyBuckets:L GetBucketLocation:R GetBucketPolicy:R PutBucketPolicy:P CreateBucket:W DeleteBucket:W GetObjectAcl:R PutObjectAcl:P GetObjectTagging:R PutObjectTagging:T',
  ],
  ec2: [
    'Amazon EC2',
    'DescribeInstances:L DescribeRegions:L StartInstances:W StopInstances:W RunInstances:W TerminateInstances:W CreateTags:T DescribeVolumes:L',
  ],
  iam: [
    'AWS Identity and Access Management (IAM)',
    'GetUser:R ListUsers:L CreateUser:W DeleteUser:W PassRole:W CreateServiceLinkedRole:W GetCredentialReport:R GenerateCredentialReport:R GetRole:R ListRoles:L CreateRole:W ChangePassword:W GetAccountPasswordPolicy:R AttachRolePolicy:P',
  ],
  sts: [
    'AWS Security Token Service',
    'AssumeRole:W AssumeRoleWithSAML:W AssumeRoleWithWebIdentity:W TagSession:T SetSourceIdentity:W GetCallerIdentity:R',
  ],
  's3-object-lambda': ['Amazon S3 Object Lambda', 'GetObject:R ListBucket:L'],
  cloudwatch: ['Amazon CloudWatch', 'GetMetricStatistics:R ListMetrics:L'],
  kms: ['AWS Key Management Service', 'Decrypt:W Encrypt:W'],
};

const RESOURCE_TYPES: CatalogResourceType[] = [
  ['s3', 'bucket', 'arn:${Partition}:s3:::${BucketName}'],
  ['s3', 'object', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
  ['s3', 'accesspoint', 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}'],
  ['ec2', 'instance', 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}'],
  ['ec2', 'volume', 'arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}'],
  ['iam', 'user', 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'],
  ['iam', 'role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
  ['iam', 'group', 'arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}'],
  ['iam', 'policy', 'arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}'],
  ['sts', 'role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
].map(([service, name, arnFormat]) => ({
  service: service as string,
  name: name as string,
  arnFormat: arnFormat as string,
  conditionKeys: [],
}));

const CONDITION_KEYS: CatalogConditionKey[] = [
  ['aws:CurrentTime', 'Date'],
  ['aws:EpochTime', 'Date'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceIp', 'IPAddress'],
  ['aws:VpcSourceIp', 'IPAddress'],
  ['aws:PrincipalArn', 'ARN'],
  ['aws:SourceArn', 'ARN'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalType', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:username', 'String'],
  ['aws:userid', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['s3:prefix', 'String'],
  ['s3:max-keys', 'Numeric'],
  ['s3:x-amz-acl', 'String'],
  ['s3:ExistingObjectTag/${TagKey}', 'String'],
  ['ec2:InstanceType', 'String'],
  ['ec2:ResourceTag/${TagKey}', 'String'],
  ['iam:PassedToService', 'String'],
  ['iam:AWSServiceName', 'String'],
  ['sts:ExternalId', 'String'],
  ['sts:RoleSessionName', 'String'],
  ['kms:EncryptionContext:${EncryptionContextKey}', 'String'],
  ['kms:ViaService', 'String'],
].map(([name, type]) => ({ name: name as string, type: type as string, description: '' }));

// Condition keys that the detail of an action lists (the rest list none here).
const ACTION_CONDITION_KEYS: Record<string, string[]> = {
  'kms:decrypt': ['kms:EncryptionContext:${EncryptionContextKey}', 'kms:ViaService'],
  'kms:encrypt': ['kms:EncryptionContext:${EncryptionContextKey}', 'kms:ViaService'],
  'ec2:startinstances': ['aws:ResourceTag/${TagKey}', 'ec2:ResourceTag/${TagKey}'],
  'ec2:stopinstances': ['aws:ResourceTag/${TagKey}', 'ec2:ResourceTag/${TagKey}'],
};

function wildcardRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** A ServiceCatalog over a handful of s3, ec2, iam and sts actions, for tests. */
export function createTestCatalog(): ServiceCatalog {
  const actions = new Map<string, CatalogAction[]>();
  for (const [service, [, list]] of Object.entries(SERVICES)) {
    actions.set(
      service,
      list.split(' ').map((entry) => {
        const [name, level] = entry.split(':') as [string, string];
        return { service, name, accessLevel: L[level] as AccessLevel };
      }),
    );
  }
  const all = [...actions.values()].flat();
  const byName = new Map(all.map((a) => [`${a.service}:${a.name}`.toLowerCase(), a]));
  const keys = new Map(CONDITION_KEYS.map((k) => [k.name.toLowerCase(), k]));
  const prefixes = [...actions.keys()].sort();
  return {
    dataVersion: 'test',
    servicePrefixes: () => prefixes,
    serviceName: (prefix) => (Object.hasOwn(SERVICES, prefix) ? SERVICES[prefix]?.[0] : undefined),
    hasService: (prefix) => actions.has(prefix.toLowerCase()),
    actionsOf: (prefix) => actions.get(prefix.toLowerCase()) ?? [],
    action: (fullName) => byName.get(fullName.toLowerCase()),
    expandActionPattern: (pattern) => {
      if (pattern.length > 256) return [];
      const re = wildcardRegExp(pattern);
      return all.filter((a) => re.test(`${a.service}:${a.name}`));
    },
    actionDetail: (fullName): CatalogActionDetail | undefined => {
      const a = byName.get(fullName.toLowerCase());
      if (!a) return undefined;
      const conditionKeys = ACTION_CONDITION_KEYS[fullName.toLowerCase()] ?? [];
      return { ...a, description: '', resourceTypes: [], conditionKeys, dependentActions: [] };
    },
    resourceTypesOf: (prefix) => RESOURCE_TYPES.filter((r) => r.service === prefix.toLowerCase()),
    conditionKey: (name) => keys.get(name.toLowerCase()),
    loadServices: async () => {},
    isServiceLoaded: (prefix) => actions.has(prefix.toLowerCase()),
  };
}
