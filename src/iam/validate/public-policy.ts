// Whether a bucket policy is "public" in S3's sense (AmazonS3 User Guide, Blocking public access,
// "The meaning of 'public'"): Block Public Access refuses such policies (BlockPublicPolicy) and
// ignores their grants to outsiders (RestrictPublicBuckets).

/**
 * Keys whose fixed values make a wildcard-principal statement non-public: the request must then
 * come from a named network, VPC, source resource, account or organization.
 */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:userid',
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
  ].map((k) => k.toLowerCase()),
);

/** Operators that require the key to equal (or lie in) the policy's values; negations do not. */
const RESTRICTING_OPERATORS = new Set(
  ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress'].map(
    (o) => o.toLowerCase(),
  ),
);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** A value is fixed when it holds no wildcard (and is not an empty string). */
function isFixed(value: unknown): boolean {
  return typeof value === 'string' && value !== '' && !/[*?]/.test(value);
}

/**
 * Our reading of "a set of CIDRs": an IPv4 range wider than /8 (or IPv6 wider than /32) is treated
 * as open to the internet, so it does not make the statement non-public.
 */
function isNarrowCidr(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const [address = '', bits] = value.split('/');
  const max = address.includes(':') ? 128 : 32;
  const prefix = bits === undefined ? max : Number(bits);
  return Number.isInteger(prefix) && prefix >= (max === 32 ? 8 : 32) && prefix <= max;
}

/** True when one of the statement's conditions pins a restricting key to fixed values. */
function conditionRestricts(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  for (const [operator, block] of Object.entries(condition)) {
    const base = operator.replace(/^(ForAnyValue|ForAllValues):/i, '').toLowerCase();
    if (!RESTRICTING_OPERATORS.has(base)) continue;
    if (typeof block !== 'object' || block === null) continue;
    for (const [key, values] of Object.entries(block)) {
      if (!RESTRICTING_KEYS.has(key.toLowerCase())) continue;
      const list = asList(values);
      const ok =
        base === 'ipaddress' ? list.every(isNarrowCidr) : list.length > 0 && list.every(isFixed);
      if (ok) return true;
    }
  }
  return false;
}

/** True when a Principal grants to everyone: "*", {"AWS": "*"} or an AWS value with a wildcard. */
function principalIsWildcard(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  for (const [type, values] of Object.entries(principal)) {
    if (type !== 'AWS' && type !== 'CanonicalUser') continue;
    if (asList(values).some((v) => typeof v === 'string' && /[*?]/.test(v))) return true;
  }
  return false;
}

/** True when an Allow statement grants access to the public. */
export function isPublicStatement(statement: unknown): boolean {
  if (typeof statement !== 'object' || statement === null) return false;
  const st = statement as Record<string, unknown>;
  if (st['Effect'] !== 'Allow') return false;
  // Allow with NotPrincipal grants to everyone not listed.
  if ('NotPrincipal' in st) return !conditionRestricts(st['Condition']);
  return principalIsWildcard(st['Principal']) && !conditionRestricts(st['Condition']);
}

/**
 * S3's rule: a bucket policy is public unless every Allow statement grants only to fixed
 * principals, or to a wildcard principal narrowed by a condition with fixed values of a key such as
 * aws:SourceIp, aws:SourceVpce, aws:SourceAccount or aws:PrincipalOrgID. Invalid JSON is not public.
 */
export function isPublicBucketPolicy(document: string | object): boolean {
  let parsed: unknown = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document);
    } catch {
      return false;
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  return asList((parsed as Record<string, unknown>)['Statement']).some(isPublicStatement);
}
