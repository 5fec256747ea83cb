// IAM's grammar rules for Resource and NotResource values (reference_policies_elements_resource;
// wordings from iam-console.md §5.3): an ARN in the aws partition with a vendor, or "*".

/** Partitions an ARN may name. */
export const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];

// S3 resource types whose ARNs carry a Region (accesspoint, access-grants, job, storage-lens...).
const S3_REGIONAL = ['accesspoint/', 'access-grants/', 'job/', 'storage-lens', 'async-request/'];

// What IAM's message lists; it also accepts the newer types and the account root.
const IAM_PATH_STARTS = [
  'user/',
  'federated-user/',
  'role/',
  'group/',
  'instance-profile/',
  'mfa/',
  'server-certificate/',
  'policy/',
  'sms-mfa/',
  'saml-provider/',
  'oidc-provider/',
  'report/',
  'access-report/',
];
const IAM_OTHER_STARTS = ['assumed-role/', 'delegation-request/', 'root', '*', '${'];

const isPattern = (text: string) => text.includes('*') || text.includes('?') || text.includes('${');

/**
 * IAM's MalformedPolicyDocument message for a resource that is not "*" or an ARN it accepts, or
 * undefined. Wildcards and variables in the partition and Region are accepted (AWS managed policies
 * use "arn:*:ec2:*:*:instance/*").
 */
export function checkResourceFormat(resource: string): string | undefined {
  if (resource === '*') return undefined;
  const first = resource.indexOf(':');
  if (first < 0) return `Resource ${resource} must be in ARN format or "*".`;
  const afterPrefix = resource.slice(first + 1);
  const second = afterPrefix.indexOf(':');
  const partition = second < 0 ? afterPrefix : afterPrefix.slice(0, second);
  if (!PARTITIONS.includes(partition) && !isPattern(partition)) {
    // IAM echoes the ARN with missing fields shown as "*".
    const rest = second < 0 ? [''] : afterPrefix.slice(second + 1).split(':');
    const f1 = rest[0] !== '' || rest.length > 1 ? (rest[0] as string) : '*';
    const f2 = rest[1] ?? '*';
    const f3 = rest[2] ?? '*';
    const f4 = rest.length > 3 ? rest.slice(3).join(':') : '*';
    return `Partition "${partition}" is not valid for resource "arn:${partition}:${f1}:${f2}:${f3}:${f4}".`;
  }
  if (second < 0) return 'Resource vendor must be fully qualified and cannot contain regexes.';
  const parts = afterPrefix.slice(second + 1).split(':');
  const service = parts[0] ?? '';
  const region = parts[1];
  const resourcePart = parts.slice(3).join(':');
  const concreteRegion = region !== undefined && region !== '' && !isPattern(region);
  if (service === 'iam' && concreteRegion) {
    return `IAM resource ${resource} cannot contain region information.`;
  }
  if (service === 's3' && concreteRegion && !S3_REGIONAL.some((t) => resourcePart.startsWith(t))) {
    return `Resource ${resource} can not contain region information.`;
  }
  if (service === 'iam') {
    const starts = [...IAM_PATH_STARTS, ...IAM_OTHER_STARTS];
    if (!starts.some((s) => resourcePart.startsWith(s))) {
      return `IAM resource path must either be "*" or start with ${IAM_PATH_STARTS.join(', ')}.`;
    }
  }
  return undefined;
}

/**
 * True for a resource IAM's legacy parser rejects ("The policy failed legacy parsing"): one that
 * uses "::" but has fewer than six fields, or an empty vendor.
 */
export function isLegacyUnparsableResource(resource: string): boolean {
  if (resource === '*') return false;
  const fields = resource.split(':');
  if (resource.includes('::') && fields.length < 6) return true;
  return fields.length > 2 && fields[2] === '';
}
