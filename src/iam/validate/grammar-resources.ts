// IAM's grammar rules for Resource and NotResource values (reference_policies_elements_resource;
// wordings from iam-console.md §5.3): an ARN in the aws partition with a vendor, or "*".

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

/**
 * IAM's MalformedPolicyDocument message for a resource that is not "*" or an ARN it accepts, or
 * undefined. Only the aws partition is accepted, as in a commercial-Region account.
 */
export function checkResourceFormat(resource: string): string | undefined {
  if (resource === '*') return undefined;
  const first = resource.indexOf(':');
  if (first < 0) return `Resource ${resource} must be in ARN format or "*".`;
  const afterPrefix = resource.slice(first + 1);
  const second = afterPrefix.indexOf(':');
  const partition = second < 0 ? afterPrefix : afterPrefix.slice(0, second);
  if (partition !== 'aws') {
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
  if (service === 'iam' && region !== undefined && region !== '') {
    return `IAM resource ${resource} cannot contain region information.`;
  }
  if (service === 's3' && region !== undefined && region !== '') {
    return `Resource ${resource} can not contain region information.`;
  }
  if (service === 'iam') {
    const resourcePart = parts.slice(3).join(':');
    if (resourcePart !== '*' && !IAM_PATH_STARTS.some((s) => resourcePart.startsWith(s))) {
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
