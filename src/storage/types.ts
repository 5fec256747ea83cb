// The records a lab database holds. Names are AWS's (userName, arn, createDate); times are ISO 8601
// strings in UTC unless the field says "Ms" (epoch milliseconds).

import type { ContextValue, EvalDecision, EvaluationSummary, MisconceptionTag } from '@/iam';
import type { QuotaIncreases } from './account-quotas';
import type { Walkthrough } from './walkthrough-schema';
import type { Pbkdf2Hash } from '@/lib/pbkdf2';

/** The kinds of IAM identity that own inline policies and managed-policy attachments. */
export type PrincipalKind = 'user' | 'group' | 'role';

/** Tags as AWS returns them; kept in insertion order. */
export interface Tag {
  Key: string;
  Value: string;
}

/** The lab account itself: one per lab database (key 'account'). */
export interface AccountRecord {
  key: 'account';
  accountId: string;
  region: string;
  /** The scenario the lab was last loaded from ('blank' after a reset). */
  scenarioId: string;
  createDate: string;
  /** CreateAccountAlias: at most one alias per account. */
  accountAlias?: string;
  /** Absent: the IAM default policy (GetAccountPasswordPolicy answers NoSuchEntity). */
  passwordPolicy?: PasswordPolicyRecord;
  /** The last GenerateCredentialReport: AWS keeps one report and regenerates it after 4 hours. */
  credentialReport?: { generatedTime: string; csv: string };
  /** Quota increases granted to the account (Service Quotas); absent: AWS's defaults. */
  quotaIncreases?: QuotaIncreases;
}

/** UpdateAccountPasswordPolicy's fields, as AWS names them. */
export interface PasswordPolicyRecord {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  /** Days, 1-1095; absent: passwords never expire. */
  MaxPasswordAge?: number;
  /** 1-24; absent: no reuse prevention. */
  PasswordReusePrevention?: number;
  HardExpiry: boolean;
}

/**
 * An access key. The secret is shown once when the key is created, as AWS does, and then exists
 * only in the learner's .csv file; the lab keeps its SHA-256 digest, to check the secret the CLI
 * panel's "aws configure" was given.
 */
export interface AccessKeyRecord {
  /** AKIA + 16 characters. */
  accessKeyId: string;
  /** The user's key (lower-cased name). */
  userKey: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  /** Absent: never used. */
  lastUsed?: { date: string; serviceName: string; region: string };
  /** Hex SHA-256 of "<accessKeyId>:<secret>"; absent on keys made before the lab kept it. */
  secretHash?: string;
}

/**
 * A virtual MFA device. The lab must verify codes, so it keeps the TOTP seed (base32), in the
 * lab's own browser storage only. Unassigned devices (created, not yet enabled) have no userKey.
 */
export interface MfaDeviceRecord {
  /** arn:aws:iam::123456789012:mfa/<device name> */
  serialNumber: string;
  deviceName: string;
  path: string;
  base32StringSeed: string;
  createDate: string;
  userKey?: string;
  userName?: string;
  enableDate?: string;
}

export interface UserRecord {
  /** Lower-cased user name: IAM names are unique case-insensitively. */
  key: string;
  userName: string;
  /** AIDA... */
  userId: string;
  arn: string;
  path: string;
  createDate: string;
  /** Last console sign-in; absent = never. */
  passwordLastUsed?: string;
  tags: Tag[];
  /** The ARN of the managed policy set as the user's permissions boundary. */
  permissionsBoundary?: string;
}

/** A PBKDF2 hash of a console password: never the password itself. */
export type PasswordHash = Pbkdf2Hash;

export interface LoginProfileRecord {
  /** The user's key. */
  key: string;
  userName: string;
  createDate: string;
  passwordResetRequired: boolean;
  password: PasswordHash;
  /** Absent: unchanged since createDate. */
  passwordLastChanged?: string;
  /** Earlier passwords, newest first, for the password policy's "Prevent password reuse". */
  previousPasswords?: PasswordHash[];
}

export interface GroupRecord {
  /** Lower-cased group name. */
  key: string;
  groupName: string;
  /** AGPA... */
  groupId: string;
  arn: string;
  path: string;
  createDate: string;
}

/** A user's membership in a group. Key: [userKey, groupKey]. */
export interface MembershipRecord {
  userKey: string;
  groupKey: string;
  createDate: string;
}

/** A managed policy (AWS or customer) attached to a user, group or role. */
export interface AttachmentRecord {
  principalKind: PrincipalKind;
  /** The identity's key (lower-cased name). */
  principalKey: string;
  policyArn: string;
  createDate: string;
}

/** An inline policy, embedded in one identity. Key: [principalKind, principalKey, policyName]. */
export interface InlinePolicyRecord {
  principalKind: PrincipalKind;
  principalKey: string;
  policyName: string;
  /** The JSON exactly as the learner wrote it. */
  document: string;
  /** Non-whitespace characters, as IAM counts policy size. */
  size: number;
  createDate: string;
  updateDate: string;
}

export interface PolicyVersionRecord {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
  createDate: string;
}

/** A customer managed policy with its versions (at most 5, exactly one default). */
export interface CustomerPolicyRecord {
  arn: string;
  policyName: string;
  /** ANPA... */
  policyId: string;
  path: string;
  description: string;
  defaultVersionId: string;
  /** Never reused: the next version is v(nextVersion). */
  nextVersion: number;
  versions: PolicyVersionRecord[];
  createDate: string;
  updateDate: string;
  tags: Tag[];
}

export interface RoleRecord {
  /** Lower-cased role name. */
  key: string;
  roleName: string;
  /** AROA... */
  roleId: string;
  arn: string;
  path: string;
  description: string;
  assumeRolePolicyDocument: string;
  maxSessionDuration: number;
  createDate: string;
  /** For service-linked roles: the service principal, e.g. "support.amazonaws.com". */
  serviceLinkedService?: string;
  tags: Tag[];
  /** The ARN of the managed policy set as the role's permissions boundary. */
  permissionsBoundary?: string;
}

/** An EC2 instance profile: the container that passes a role to an instance. */
export interface InstanceProfileRecord {
  /** Lower-cased instance profile name. */
  key: string;
  instanceProfileName: string;
  /** AIPA... */
  instanceProfileId: string;
  arn: string;
  path: string;
  createDate: string;
  /** The roles in it (AWS allows at most one); their names as written. */
  roleNames: string[];
  tags: Tag[];
}

export interface BucketRecord {
  name: string;
  region: string;
  creationDate: string;
  /** The bucket policy's JSON text, when the bucket has one. */
  policy?: string;
  /** Block Public Access (bucket settings); absent: the bucket has no configuration (all off). */
  publicAccessBlock?: PublicAccessBlockConfiguration;
}

/** S3's PublicAccessBlockConfiguration: four independent switches. */
export interface PublicAccessBlockConfiguration {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

/** Key: [bucket, key]. */
export interface ObjectRecord {
  bucket: string;
  key: string;
  body: Uint8Array;
  contentType: string;
  size: number;
  etag: string;
  lastModified: string;
  /** The object's tag set (PutObjectTagging); absent: no tags. */
  tags?: Tag[];
  /** x-amz-server-side-encryption as stored: "AES256" (SSE-S3, S3's default). */
  serverSideEncryption?: string;
}

export type InstanceStateName =
  'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export interface InstanceRecord {
  instanceId: string;
  name: string;
  instanceType: string;
  imageId: string;
  region: string;
  /** "us-east-1a" */
  availabilityZone: string;
  launchTime: string;
  privateIpAddress: string;
  /** The state as of the last change; with a transition, the current state is worked out on read. */
  state: InstanceStateName;
  /** A state the instance reaches by itself at `atMs` (pending → running, stopping → stopped, ...). */
  transition?: { to: InstanceStateName; atMs: number };
  tags: Tag[];
  /** Fields added by issue 5's launch wizard; instances from older labs have none of them. */
  vpcId?: string;
  subnetId?: string;
  securityGroupIds?: string[];
  /** The key pair's name (KeyName), when launched with one. */
  keyName?: string;
  /** The instance profile the instance was launched with (IamInstanceProfile). */
  iamInstanceProfile?: { arn: string; id: string };
  platform?: 'Linux/UNIX' | 'Windows';
}

/** An EC2 key pair. AWS keeps only the public key; the lab keeps its fingerprint. Key: [region, keyName]. */
export interface KeyPairRecord {
  region: string;
  keyName: string;
  /** "key-" and 17 hexadecimal digits. */
  keyPairId: string;
  keyType: 'rsa' | 'ed25519';
  /** The SHA-1 digest of the DER private key, colon-separated, as AWS gives for created RSA keys. */
  keyFingerprint: string;
  createTime: string;
  tags: Tag[];
}

/** One change to the lab, written in the same transaction as the change. */
export interface ChangeRecord {
  id?: number;
  time: string;
  /** The identity whose call made the change, or 'lab' for resets and scenario loads. */
  principalArn: string;
  /** The API operation: "CreateUser", "AttachGroupPolicy", ... */
  operation: string;
  /** The store that changed. */
  store: string;
  /** The record's key, as JSON. */
  recordKey: string;
  before: unknown;
  after: unknown;
  /**
   * The action this change belongs to: the id of the first change its transaction wrote, so one
   * action's changes share it. Absent on records from before undo (they group by time, operation
   * and principal).
   */
  txId?: number;
}

/** CloudTrail's userIdentity.type; an anonymous S3 request is recorded as 'AWSAccount'. */
export type PrincipalType = 'Root' | 'IAMUser' | 'AssumedRole' | 'AWSAccount';

/** One simulated API call and its authorization, as CloudTrail would record it. */
export interface CallRecord {
  id?: number;
  time: string;
  epochMs: number;
  principalArn: string;
  principalType: PrincipalType;
  userName?: string;
  /** "iam.amazonaws.com", "s3.amazonaws.com", "ec2.amazonaws.com" */
  eventSource: string;
  /** The API operation: "ListBuckets". */
  eventName: string;
  /** The IAM action that was authorized: "s3:ListAllMyBuckets". */
  action: string;
  resource: string;
  region: string;
  /** Absent when the call failed before anything was authorized (a ValidationError). */
  decision?: EvalDecision;
  /** AWS's error code when the call failed ("AccessDenied", "UnauthorizedOperation", "NoSuchEntity"). */
  errorCode?: string;
  errorMessage?: string;
  /**
   * True when this authorization succeeded but the operation it belonged to failed later, so
   * nothing was written (the wizards' all-or-nothing rule).
   */
  rolledBack?: boolean;
  /** The request context the engine evaluated, so a later "Re-run now" can repeat it. */
  context: Record<string, ContextValue>;
  /** The access key that signed the request (CLI calls); absent for console sessions. */
  accessKeyId?: string;
  /** CloudTrail's userAgent: "aws-cli/2..." for the CLI panel; absent: the console. */
  userAgent?: string;
  /** The call's parameters, in CloudTrail's requestParameters shape. */
  requestParameters?: Record<string, unknown>;
  /** The caller's unique ID (AIDA..., AROA...:session, the account ID for root), when resolved. */
  principalId?: string;
  /** How the engine decided, kept so the event can be explained after the policies change. */
  explanation?: EvaluationSummary;
}

/** A customer service control policy of the lab organization (FullAWSAccess is built in). */
export interface ScpPolicyRecord {
  /** p-... */
  policyId: string;
  arn: string;
  name: string;
  description: string;
  /** The policy JSON as the learner wrote it. */
  content: string;
  createDate: string;
  lastUpdatedDate: string;
}

/**
 * The SCPs attached to one target of the lab organization (its root, its OU or the account).
 * No record: the target has only FullAWSAccess, as AWS attaches it to every new target.
 */
export interface ScpTargetRecord {
  /** r-..., ou-... or the 12-digit account ID. */
  targetId: string;
  policyIds: string[];
}

/**
 * The request context panel's values (issue 5): what the lab's calls send as global condition keys
 * instead of the defaults. One record, key "request-context".
 */
export interface LabContextRecord {
  key: 'request-context';
  /** aws:SourceIp, an IPv4 or IPv6 address; absent: the requests carry no aws:SourceIp. */
  sourceIp?: string;
  /**
   * aws:MultiFactorAuthPresent and aws:MultiFactorAuthAge: 'sign-in' takes them from how the
   * session signed in; 'present' sends true and the age; 'false' sends false; 'absent' sends neither.
   */
  mfa: 'sign-in' | 'present' | 'false' | 'absent';
  /** Seconds since the MFA sign-in, for mfa 'present'. */
  mfaAgeSeconds?: number;
  /** A fixed time (ISO 8601) for aws:CurrentTime and aws:EpochTime; absent: real time. */
  fixedTime?: string;
  /** aws:SecureTransport: HTTPS (true) or plain HTTP (false). */
  secureTransport: boolean;
}

/** One step of a walkthrough in progress: when it began, and the lab's change log at that point. */
export interface WalkthroughStepProgress {
  stepId: string;
  /** The newest change when the step began: "Reset this step" restores the lab to it. */
  startChangeId: number;
  startedAt: string;
  hintsShown: number;
  doneAt?: string;
}

/** The lab's walkthrough in progress (one at a time), key "walkthrough-progress". */
export interface WalkthroughProgressRecord {
  key: 'walkthrough-progress';
  walkthroughId: string;
  startedAt: string;
  /** The steps begun so far, in order; the last is the current one unless completedAt is set. */
  steps: WalkthroughStepProgress[];
  completedAt?: string;
}

/** Predict mode's switch (issue 7): whether learner actions ask for a prediction first. */
export interface PredictModeRecord {
  key: 'predict-mode';
  enabled: boolean;
}

/** One prediction: what the learner expected of an action, and what the engine decided. */
export interface PredictionEntry {
  time: string;
  principalArn: string;
  /** The API operation the learner started: "StopInstances". */
  operation: string;
  /** The decisive call's action and resource (the first denied, else the main one). */
  action: string;
  resource: string;
  predicted: EvalDecision;
  actual: EvalDecision;
  correct: boolean;
  /** The misconceptions behind a wrong guess; empty when right. */
  tags: MisconceptionTag[];
}

/** Predict mode's score (issue 7): totals, how often each misconception misled, recent guesses. */
export interface PredictionScoreRecord {
  key: 'prediction-score';
  total: number;
  correct: number;
  /** Per tag: how many wrong guesses it was behind. */
  misconceptions: Partial<Record<MisconceptionTag, number>>;
  /** Newest first, at most PREDICTION_HISTORY_SIZE. */
  recent: PredictionEntry[];
}

/** What the labSettings store holds: one record per distinct key. */
/**
 * The lab's own walkthrough (issue 7): one that came with an imported scenario file or share link,
 * not built in. Key "scenario-walkthrough".
 */
export interface ScenarioWalkthroughRecord {
  key: 'scenario-walkthrough';
  walkthrough: Walkthrough;
}

export type LabSettingsRecord =
  | ScenarioWalkthroughRecord
  | LabContextRecord
  | PredictModeRecord
  | PredictionScoreRecord
  | UndoHistoryRecord
  | WalkthroughProgressRecord;

/**
 * A named profile of the CLI panel ("aws configure"), as ~/.aws/credentials and ~/.aws/config
 * hold it. The secret is the learner's own input, kept in the lab's browser storage as lab data.
 */
export interface CliProfileRecord {
  /** "default", or the name given with --profile. */
  name: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  region?: string;
  output?: string;
}

/** One action Undo or Redo can step over: its change group and the operation it is named after. */
export interface UndoEntry {
  /** The change group (ChangeRecord.txId) that made the action. */
  txId: number;
  /** "AttachUserPolicy": the label reads "Undo AttachUserPolicy". */
  operation: string;
}

/** The lab's undo and redo stacks, newest last. Not lab content: it is never logged itself. */
export interface UndoHistoryRecord {
  key: 'undo-history';
  undo: UndoEntry[];
  redo: UndoEntry[];
}

/** A record of the labSettings store, told apart by its key. */
