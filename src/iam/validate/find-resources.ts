// Access Analyzer checks on Resource and NotResource ARNs: prefix, fields, partition, service case,
// account ID, the resource types of the service catalog, and redundant entries
// (access-analyzer-reference-policy-checks; reference_identifiers#identifiers-arns).
import { isFull, report, smallest, type CheckContext } from './context';
import { globsIntersect, hasWildcard, patternCovers } from './patterns';
import { PARTITIONS } from './grammar-resources';
import { fieldOf, stringsOf, type LocatedString } from './policy-view';

/** Messages of the resource checks, in Access Analyzer's words. */
export const RESOURCE_MESSAGES = {
  prefix: 'Add the required prefix (arn) to the resource ARN.',
  fields:
    'Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource',
  partition: `The resource ARN for the service does not support the partition. Use the supported values: ${PARTITIONS.join(', ')}`,
  serviceCase: 'Update the service name in the resource ARN to use all lowercase letters.',
  wildcardService:
    'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.',
  account: (account: string) =>
    `The resource ARN account ID ${account} is not valid. Provide a 12-digit account ID.`,
  resource:
    'Resource ARN does not match the expected ARN format. Update the resource portion of the ARN.',
  regionNotAllowed: 'The service does not support specifying a Region in the resource ARN.',
  accountNotAllowed: 'The service does not support specifying an account ID in the resource ARN.',
  missingRegion: 'Add a Region to the resource ARN.',
  redundant: (count: number) =>
    `The ${count} resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)`,
} as const;

/** Checks every Resource and NotResource entry (trust policies have none). */
export function checkResources(ctx: CheckContext): void {
  if (ctx.kind === 'trust') return;
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    for (const name of ['Resource', 'NotResource'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (!f) continue;
      const resources = stringsOf(f);
      for (const r of resources) {
        if (isFull(ctx)) return;
        checkOneResource(ctx, r);
      }
      if (name === 'Resource') checkRedundantResources(ctx, resources);
    }
  }
}

// Policy variables stand for any text when matching against ARN formats.
function withVariablesAsWildcards(text: string): string {
  return text.replace(/\$\{[^}]*\}/g, '*');
}

function checkOneResource(ctx: CheckContext, r: LocatedString) {
  const value = r.value;
  if (value === '*') return;
  const at = (code: string, message: string) => report(ctx, code, message, r.path, r.span);
  if (!value.startsWith('arn:')) return at('INVALID_ARN_PREFIX', RESOURCE_MESSAGES.prefix);
  // A variable may hold a colon (${aws:PrincipalAccount}); it stands for one field's text.
  const fields = withVariablesAsWildcards(value).split(':');
  if (fields.length < 6) return at('MISSING_ARN_FIELD', RESOURCE_MESSAGES.fields);
  const [, partition = '', service = '', region = '', account = ''] = fields;
  if (!hasWildcard(partition) && !partition.includes('${') && !PARTITIONS.includes(partition)) {
    at('INVALID_PARTITION', RESOURCE_MESSAGES.partition);
  }
  if (hasWildcard(service))
    return at('WILDCARD_IN_SERVICE_NAME', RESOURCE_MESSAGES.wildcardService);
  if (service !== service.toLowerCase())
    return at('INVALID_ARN_SERVICE_CASE', RESOURCE_MESSAGES.serviceCase);
  if (
    account !== '' &&
    account !== 'aws' &&
    !hasWildcard(account) &&
    !account.includes('${') &&
    !/^\d{12}$/.test(account)
  ) {
    at('INVALID_ARN_ACCOUNT', RESOURCE_MESSAGES.account(account));
  }
  const resourcePart = fields.slice(5).join(':');
  // The account root is a valid IAM resource though the reference lists no "root" type.
  if (service === 'iam' && resourcePart === 'root') return;
  checkAgainstResourceTypes(ctx, r, service, region, account, resourcePart);
}

interface ArnFormat {
  region: string;
  account: string;
  resource: string;
}

function formatsOf(ctx: CheckContext, service: string): ArnFormat[] {
  if (!ctx.catalog.hasService(service)) return [];
  const types = ctx.catalog.resourceTypesOf(service) ?? [];
  const out: ArnFormat[] = [];
  for (const t of types) {
    const f = t.arnFormat.split(':');
    if (f.length < 6 || f[2] !== service) continue;
    out.push({
      region: f[3] as string,
      account: f[4] as string,
      resource: withVariablesAsWildcards(f.slice(5).join(':')),
    });
  }
  return out;
}

function checkAgainstResourceTypes(
  ctx: CheckContext,
  r: LocatedString,
  service: string,
  region: string,
  account: string,
  resourcePart: string,
) {
  const formats = formatsOf(ctx, service);
  if (formats.length === 0) return;
  const pattern = withVariablesAsWildcards(resourcePart);
  const matching = formats.filter((f) => globsIntersect(pattern, f.resource));
  const at = (code: string, message: string) => report(ctx, code, message, r.path, r.span);
  if (matching.length === 0) return at('INVALID_ARN_RESOURCE', RESOURCE_MESSAGES.resource);
  const concrete = (s: string) => s !== '' && !hasWildcard(s) && !s.includes('${');
  if (concrete(region) && matching.every((f) => f.region === ''))
    at('ARN_REGION_NOT_ALLOWED', RESOURCE_MESSAGES.regionNotAllowed);
  if (region === '' && matching.every((f) => f.region !== ''))
    at('MISSING_ARN_REGION', RESOURCE_MESSAGES.missingRegion);
  if (concrete(account) && matching.every((f) => f.account === '')) {
    at('ARN_ACCOUNT_NOT_ALLOWED', RESOURCE_MESSAGES.accountNotAllowed);
  }
}

/**
 * An ARN is redundant when another entry's wildcards already cover it ("role/jane-admin" beside
 * "role/jane*"). Later entries are flagged first. Long lists only get exact duplicates flagged.
 */
function checkRedundantResources(ctx: CheckContext, resources: LocatedString[]) {
  if (resources.length < 2) return;
  const redundant = new Set<number>();
  const seen = new Set<string>();
  resources.forEach((r, i) => {
    if (seen.has(r.value)) redundant.add(i);
    seen.add(r.value);
  });
  if (resources.length <= 500) {
    for (let i = resources.length - 1; i >= 0; i--) {
      if (redundant.has(i)) continue;
      const inner = (resources[i] as LocatedString).value;
      for (let j = 0; j < resources.length; j++) {
        const outer = (resources[j] as LocatedString).value;
        if (j === i || redundant.has(j) || !hasWildcard(outer)) continue;
        if (patternCovers(outer, inner, false)) {
          redundant.add(i);
          break;
        }
      }
    }
  }
  if (redundant.size === 0) return;
  const first = resources[smallest(redundant)] as LocatedString;
  report(
    ctx,
    'REDUNDANT_RESOURCE',
    RESOURCE_MESSAGES.redundant(redundant.size),
    first.path,
    first.span,
  );
}
