// Condition key lookup for the checks: the catalog first, then AWS's global condition keys
// (reference_policies_condition-keys), with tag keys such as aws:ResourceTag/team resolved to
// their ${TagKey} form. Key names are case-insensitive.
import type { ServiceCatalog } from '../types';
import { patternCovers } from './patterns';

/** A condition key's data type as the service authorization reference names it. */
export type KeyType = string;

// The global keys and their types, for when the catalog does not list them.
const GLOBAL_KEYS: ReadonlyArray<readonly [string, KeyType]> = [
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:CalledViaFirst', 'String'],
  ['aws:CalledViaLast', 'String'],
  ['aws:CurrentTime', 'Date'],
  ['aws:EpochTime', 'Date'],
  ['aws:FederatedProvider', 'String'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalIsAWSService', 'Bool'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString'],
  ['aws:PrincipalServiceName', 'String'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:PrincipalType', 'String'],
  ['aws:AssumedRoot', 'Bool'],
  ['aws:referer', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:ResourceAccount', 'String'],
  ['aws:ResourceOrgID', 'String'],
  ['aws:ResourceOrgPaths', 'ArrayOfString'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceArn', 'ARN'],
  ['aws:SourceIdentity', 'String'],
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SourceOrgID', 'String'],
  ['aws:SourceOrgPaths', 'ArrayOfString'],
  ['aws:SourceVpc', 'String'],
  ['aws:SourceVpcArn', 'ARN'],
  ['aws:SourceVpce', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:TokenIssueTime', 'Date'],
  ['aws:UserAgent', 'String'],
  ['aws:userid', 'String'],
  ['aws:username', 'String'],
  ['aws:ViaAWSService', 'Bool'],
  ['aws:VpcSourceIp', 'IPAddress'],
  ['aws:VpceAccount', 'String'],
  ['aws:VpceOrgID', 'String'],
  ['aws:VpceOrgPaths', 'ArrayOfString'],
  ['aws:Ec2InstanceSourceVpc', 'String'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress'],
  ['aws:ARN', 'ARN'],
];

const GLOBAL_BY_NAME = new Map(GLOBAL_KEYS.map(([name, type]) => [name.toLowerCase(), type]));

/** The global keys that need a tag key after a slash (aws:ResourceTag/team). */
export const TAG_KEY_PREFIXES = ['aws:principaltag', 'aws:requesttag', 'aws:resourcetag'];

// How the catalog may spell the tag-key placeholder.
const TAG_PLACEHOLDERS = ['${TagKey}', '<key>', '${ResourceTagKey}'];

/** The type of a condition key, or undefined when neither the catalog nor the global list knows it. */
export function conditionKeyType(catalog: ServiceCatalog, key: string): KeyType | undefined {
  const exact = catalog.conditionKey(key)?.type ?? GLOBAL_BY_NAME.get(key.toLowerCase());
  if (exact) return exact;
  const slash = key.indexOf('/');
  if (slash > 0 && slash < key.length - 1) {
    const base = key.slice(0, slash + 1);
    for (const placeholder of TAG_PLACEHOLDERS) {
      const name = base + placeholder;
      const type = catalog.conditionKey(name)?.type ?? GLOBAL_BY_NAME.get(name.toLowerCase());
      if (type) return type;
    }
  }
  const lower = key.toLowerCase();
  const service = lower.slice(0, Math.max(0, lower.indexOf(':')));
  const template = templatedKeysOf(catalog, service).find((t) =>
    patternCovers(t.pattern, lower, false),
  );
  return template ? catalog.conditionKey(template.name)?.type : undefined;
}

interface KeyTemplate {
  name: string;
  /** The name with each ${Placeholder} as *, lower case. */
  pattern: string;
}

// Keys with a placeholder anywhere ("kms:EncryptionContext:${EncryptionContextKey}"), per service,
// gathered once from the loaded detail of the service's actions and resource types.
const TEMPLATES = new WeakMap<ServiceCatalog, Map<string, KeyTemplate[]>>();

function templatedKeysOf(catalog: ServiceCatalog, service: string): KeyTemplate[] {
  if (service === '' || !catalog.hasService(service) || !catalog.isServiceLoaded(service))
    return [];
  let byService = TEMPLATES.get(catalog);
  if (!byService) {
    byService = new Map();
    TEMPLATES.set(catalog, byService);
  }
  const cached = byService.get(service);
  if (cached) return cached;
  const names = new Set<string>();
  for (const a of catalog.actionsOf(service)) {
    const detail = catalog.actionDetail(`${service}:${a.name}`);
    if (!detail) continue;
    for (const k of detail.conditionKeys) names.add(k);
    for (const rt of detail.resourceTypes) for (const k of rt.conditionKeys) names.add(k);
  }
  for (const rt of catalog.resourceTypesOf(service) ?? []) {
    for (const k of rt.conditionKeys) names.add(k);
  }
  const templates = [...names]
    .filter((name) => name.includes('${'))
    .map((name) => ({ name, pattern: name.replace(/\$\{[^}]*\}/g, '*').toLowerCase() }));
  byService.set(service, templates);
  return templates;
}

/** True for a multivalued key type (ArrayOfString, ArrayOfARN, ...). */
export function isMultivaluedType(type: KeyType): boolean {
  return type.startsWith('ArrayOf');
}

/** The scalar type of a key type: ArrayOfString → String. */
export function scalarTypeOf(type: KeyType): string {
  return isMultivaluedType(type) ? type.slice('ArrayOf'.length) : type;
}
