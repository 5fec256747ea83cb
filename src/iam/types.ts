// The engine's public types: requests, evaluations with their explanations, parsed policies,
// findings and the service catalog. Every other file in src/iam implements against these.

/** A value in the request context. An array is a multivalued key; `[]` is present with no values. */
export type ContextValue = string | number | boolean | Array<string | number | boolean>;

/** Where a policy came from, as the console labels it. */
export type PolicySourceType =
  | 'aws-managed'
  | 'customer-managed'
  | 'inline-user'
  | 'inline-group'
  | 'inline-role'
  | 'boundary'
  | 'resource'
  | 'trust'
  | 'scp'
  | 'session';

/** A policy handed to the engine: JSON text or an already parsed object. */
export interface PolicyInput {
  document: string | object;
  name?: string;
  arn?: string;
  type?: PolicySourceType;
  /** "Directly", "Group S3-Support", ... */
  attachedVia?: string;
}

export interface RequestPrincipal {
  /** IAM user, role (= a session of that role), assumed-role session, or account root ARN. */
  arn?: string;
  /** Unique ID: AIDA... for a user, AROA...:session-name for a session. */
  id?: string;
  /** For an assumed-role session: the role's ARN with its path. */
  roleArn?: string;
  /** A service principal such as "ec2.amazonaws.com" (then arn is omitted). */
  service?: string;
  tags?: Record<string, string>;
}

export interface AuthorizationRequest {
  principal: RequestPrincipal;
  /** "s3:GetObject" */
  action: string;
  /** An ARN, or "*" for actions with no resource type. */
  resource: string;
  context?: Record<string, ContextValue>;
  /** Every identity-based policy in force (user inline + managed + each group's, or the role's). */
  identityPolicies: PolicyInput[];
  permissionsBoundary?: PolicyInput;
  /** Absent = no organization. One array per level, root first; every level must allow. */
  serviceControlPolicies?: PolicyInput[][];
  /** S3 bucket policy, or the role trust policy for sts:AssumeRole. */
  resourcePolicy?: PolicyInput;
  /** The account that owns the resource; defaults to the account in the resource ARN, else the principal's. */
  resourceAccount?: string;
  /** For assumed-role sessions. */
  sessionPolicies?: PolicyInput[];
}

/** The AWS policy simulator's EvalDecision values. */
export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export type Effect = 'Allow' | 'Deny';

/**
 * The policy types in AWS's evaluation order. 'trust' is the resource policy of a role when the
 * request is sts:AssumeRole* (its denials read "role trust policy").
 */
export type PolicyGate = 'scp' | 'resource' | 'identity' | 'boundary' | 'session';

/** 1-based line and column, 0-based offset into the source text. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

export interface SourceSpan {
  start: SourcePosition;
  end: SourcePosition;
}

/** Which statement of which policy: what the UI links to and highlights. */
export interface StatementRef {
  gate: PolicyGate;
  /** Index of the policy in its list (for SCPs: within its level). */
  policyIndex: number;
  /** For SCPs: the level, 0 = root. */
  scpLevel?: number;
  policyName?: string;
  policyArn?: string;
  policyType?: PolicySourceType;
  attachedVia?: string;
  /** 0-based index in the policy's Statement array (0 when Statement is a single object). */
  statementIndex: number;
  sid?: string;
  effect: Effect;
  /** The statement's span in the policy's JSON text, when the policy came as text. */
  span?: SourceSpan;
}

/** One condition operator applied to one key, as the engine saw it. */
export interface ConditionTrace {
  /** The operator as written, e.g. "ForAnyValue:StringLikeIfExists". */
  operator: string;
  /** The key as written in the policy. */
  key: string;
  /** Policy values after variable substitution (null entries: a variable with no value). */
  policyValues: Array<string | null>;
  /** The request's values for the key; null when the key is missing from the request. */
  requestValues: string[] | null;
  matched: boolean;
  /** A plain-words reason for teaching, e.g. "key missing: IfExists makes this true". */
  note?: string;
}

export interface StatementTrace extends StatementRef {
  /** Resource-based policies only: did Principal/NotPrincipal cover the caller? */
  principalMatched?: boolean;
  actionMatched: boolean;
  resourceMatched: boolean;
  conditionsMatched: boolean;
  conditions: ConditionTrace[];
  /** Every part matched: the statement applies to this request. */
  matched: boolean;
  /**
   * True when the principal or action did not match, so the resource and conditions were not
   * checked (resourceMatched and conditionsMatched are then false without meaning "no match").
   */
  skipped?: boolean;
}

/** What one policy type said about the request. */
export interface GateOutcome {
  gate: PolicyGate;
  /** False when the request had no policy of this type (e.g. no boundary), so it did not limit. */
  present: boolean;
  result: 'allow' | 'explicitDeny' | 'implicitDeny';
  /** The statements of this type that matched. */
  matched: StatementRef[];
  /** For SCPs: each level's result, root first (every level must allow). */
  levels?: Array<'allow' | 'explicitDeny' | 'implicitDeny'>;
  /** The resource policy was a role trust policy (the request was sts:AssumeRole or alike). */
  trustPolicy?: boolean;
  /** A plain-words remark, e.g. why this policy type did not apply. */
  note?: string;
}

/** Why a request was refused, in the terms of AWS's denial message. */
export interface DenialReason {
  kind: 'explicit' | 'implicit';
  /** 'trust' when the refusing policy was a role trust policy. */
  policyType: PolicyGate | 'trust';
  /** For explicit denies: the deciding statement. */
  statement?: StatementRef;
}

export interface Evaluation {
  decision: EvalDecision;
  /** For explicitDeny: the matched Deny statements. For allowed: the Allow statements that granted. */
  decisiveStatements: StatementRef[];
  /** Present unless allowed: which policy type refused, in AWS's evaluation order. */
  denial?: DenialReason;
  /** One entry per policy type, in evaluation order. */
  gates: GateOutcome[];
  /** Every statement considered, with per-part results. */
  trace: StatementTrace[];
  /** Context keys that a condition asked for but the request did not have. */
  missingContextKeys: string[];
  /** The context the engine evaluated with: derived keys plus the request's own. */
  context: Record<string, ContextValue>;
  /** The request's principal, action and resource, for messages. */
  request: {
    principalArn: string;
    action: string;
    resource: string;
    /** The principal's unique ID (aws:userid), when known. */
    principalId?: string;
    /** The user or role name (the account ID for root), when known. */
    principalName?: string;
    principalAccount?: string;
    resourceAccount?: string;
  };
  /** True when the principal's account owns the resource (same-account rules apply). */
  sameAccount?: boolean;
  /** The documented rules that decided this request, in plain words, for teaching. */
  notes?: string[];
  /** Malformed parts of the policies (they matched nothing) and ignored unknown elements. */
  problems?: string[];
}

/** The kinds of policy validatePolicy knows. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp';

/** Access Analyzer's finding categories. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

export interface Finding {
  findingType: FindingType;
  /** AWS's issue code where one is known, e.g. INVALID_ACTION. */
  issueCode: string;
  /** The console title of the check, e.g. "Invalid action". */
  title: string;
  message: string;
  /** JSON path such as "Statement[0].Action[1]". */
  path: string;
  span?: SourceSpan;
}

/** IAM's own grammar error: it makes a save fail with MalformedPolicyDocument. */
export interface GrammarError {
  code: 'MalformedPolicyDocument' | 'LimitExceeded';
  message: string;
  path?: string;
  span?: SourceSpan;
}

export interface ValidationResult {
  /** IAM's grammar check: any entry blocks a save. */
  errors: GrammarError[];
  /** Access Analyzer findings: advisory, never block a save. */
  findings: Finding[];
  /** Non-whitespace characters, as AWS counts policy size. */
  size: number;
}

/** A JSON syntax error with its place. */
export interface SyntaxError {
  message: string;
  position: SourcePosition;
}

/** Access levels of the service authorization reference. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** An action of the service authorization reference, as the eager index knows it. */
export interface CatalogAction {
  /** Service prefix, lower case: "s3". */
  service: string;
  /** The action name in AWS's casing: "GetObject". */
  name: string;
  accessLevel: AccessLevel;
}

/** What the per-service detail chunk adds to an action. */
export interface CatalogActionDetail extends CatalogAction {
  description: string;
  /** Empty when the action supports no resource-level permissions (resource "*"). */
  resourceTypes: Array<{ name: string; required: boolean; conditionKeys: string[] }>;
  conditionKeys: string[];
  dependentActions: string[];
}

export interface CatalogResourceType {
  service: string;
  name: string;
  /** AWS placeholder form: arn:${Partition}:s3:::${BucketName}/${ObjectName} */
  arnFormat: string;
  conditionKeys: string[];
}

export interface CatalogConditionKey {
  name: string;
  /** String, ARN, Bool, Numeric, Date, IPAddress, Binary, ArrayOfString, ... */
  type: string;
  description: string;
}

/**
 * The service authorization reference (actions, access levels, resource types, condition keys).
 * Index-level lookups work for every service; detail lookups for the services loaded so far.
 */
export interface ServiceCatalog {
  readonly dataVersion: string;
  /** Service prefixes, lower case, sorted. */
  servicePrefixes(): readonly string[];
  serviceName(prefix: string): string | undefined;
  hasService(prefix: string): boolean;
  actionsOf(prefix: string): readonly CatalogAction[];
  /** Case-insensitive: "s3:getobject" finds s3:GetObject. */
  action(fullName: string): CatalogAction | undefined;
  /** The actions a pattern with * and ? matches, case-insensitively ("s3:Get*"). */
  expandActionPattern(pattern: string): CatalogAction[];
  /** undefined until the action's service detail is loaded. */
  actionDetail(fullName: string): CatalogActionDetail | undefined;
  resourceTypesOf(prefix: string): readonly CatalogResourceType[] | undefined;
  /** Global keys (aws:...) and keys of loaded services, case-insensitive. */
  conditionKey(name: string): CatalogConditionKey | undefined;
  /** Loads the detail chunks of these services. */
  loadServices(prefixes: readonly string[]): Promise<void>;
  isServiceLoaded(prefix: string): boolean;
}
