// A call record as CloudTrail writes it: the event record JSON of the Event history, and the columns
// of its table. Plain functions over the stored record, no storage.

import type { ContextValue } from '@/iam';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import type { CallRecord } from '@/storage/types';

/** CloudTrail's userIdentity element. */
export interface CloudTrailUserIdentity {
  type: 'Root' | 'IAMUser' | 'AssumedRole';
  principalId?: string;
  arn: string;
  accountId: string;
  accessKeyId?: string;
  userName?: string;
  sessionContext?: {
    sessionIssuer?: {
      type: 'Role';
      principalId?: string;
      arn: string;
      accountId: string;
      userName: string;
    };
    attributes: { creationDate?: string; mfaAuthenticated: 'true' | 'false' };
  };
}

/** One event record, with CloudTrail's fields in CloudTrail's order. */
export interface CloudTrailEvent {
  eventVersion: string;
  userIdentity: CloudTrailUserIdentity;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  /** ConsoleLogin only: LoginTo, MobileVersion, MFAUsed. */
  additionalEventData?: Record<string, string>;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: Array<{ accountId?: string; type: string; ARN: string }>;
  eventType: 'AwsApiCall' | 'AwsConsoleSignIn';
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: 'Management' | 'Data';
  tlsDetails?: { tlsVersion: string; cipherSuite: string; clientProvidedHostHeader: string };
  sessionCredentialFromConsole?: 'true';
}

/** CloudTrail writes EC2's error codes with the "Client." prefix of the EC2 query API. */
export function trailErrorCode(call: Pick<CallRecord, 'eventSource' | 'errorCode'>) {
  // A failed ConsoleLogin has only an errorMessage ("Failed authentication").
  if (!call.errorCode || call.eventSource === 'signin.amazonaws.com') return undefined;
  return call.eventSource === 'ec2.amazonaws.com' ? `Client.${call.errorCode}` : call.errorCode;
}

/** Get*, List*, Describe*, Head* and Lookup* calls change nothing. */
export function isReadOnly(eventName: string): boolean {
  return (
    /^(Get|List|Describe|Head|Lookup|Generate|Decode)/.test(eventName) &&
    eventName !== 'GenerateServiceLastAccessedDetails'
  );
}

/** S3's object-level calls are data events: the real Event history does not list them. */
export function isDataEvent(call: Pick<CallRecord, 'eventSource' | 'eventName'>): boolean {
  return call.eventSource === 's3.amazonaws.com' && /Object/.test(call.eventName);
}

/** CloudTrail's resource type of an ARN: "AWS::IAM::User", "AWS::S3::Object", ... */
export function resourceType(arn: string): string | undefined {
  const m = /^arn:aws:([a-z0-9-]+):[^:]*:[^:]*:(.*)$/.exec(arn);
  if (!m) return undefined;
  const [, service, rest = ''] = m;
  if (service === 's3') return rest.includes('/') ? 'AWS::S3::Object' : 'AWS::S3::Bucket';
  const kind = rest.split(/[/:]/)[0] ?? '';
  const types: Record<string, Record<string, string>> = {
    iam: {
      user: 'AWS::IAM::User',
      group: 'AWS::IAM::Group',
      role: 'AWS::IAM::Role',
      policy: 'AWS::IAM::Policy',
      'instance-profile': 'AWS::IAM::InstanceProfile',
      mfa: 'AWS::IAM::VirtualMFADevice',
    },
    ec2: { instance: 'AWS::EC2::Instance', 'key-pair': 'AWS::EC2::KeyPair' },
    organizations: { policy: 'AWS::Organizations::Policy' },
  };
  return service ? types[service]?.[kind] : undefined;
}

/** The resource's name as the Event history shows it: "user-2", "lab-bucket/readme.txt". */
export function resourceName(arn: string): string | undefined {
  if (arn === '*' || arn === '') return undefined;
  const m = /^arn:aws:([a-z0-9-]+):[^:]*:[^:]*:(.*)$/.exec(arn);
  if (!m) return arn;
  const [, service, rest = ''] = m;
  if (service === 's3') return rest;
  const slash = rest.indexOf('/');
  const name =
    slash < 0 ? rest.slice(rest.indexOf(':') + 1) : rest.slice(rest.lastIndexOf('/') + 1);
  return name === '' ? undefined : name;
}

/** The Event history's "User name": the IAM user, "root", or the role session's name. */
export function trailUserName(
  call: Pick<CallRecord, 'principalType' | 'principalArn' | 'userName'>,
) {
  if (call.userName) return call.userName;
  if (call.principalType === 'Root') return 'root';
  return call.principalArn.slice(call.principalArn.lastIndexOf('/') + 1);
}

// FNV-1a: a stable hash, so an event keeps its IDs every time it is shown.
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// The record number rides in the last group, masked by the first: 48 bits, in two 24-bit halves.
function maskOf(first: string, second: string): [number, number] {
  return [parseInt(first.slice(0, 6), 16), parseInt((first.slice(6) + second).slice(0, 6), 16)];
}

/** CloudTrail's event ID: a UUID that also holds the record's number, so it can be looked up. */
export function eventIdOf(call: Pick<CallRecord, 'id' | 'epochMs'>): string {
  const id = call.id ?? 0;
  const a = hash32(`${call.epochMs}:${id}:event`);
  const b = hash32(`${id}:${call.epochMs}:event`);
  const [maskHigh, maskLow] = maskOf(a, b);
  const high = (Math.floor(id / 0x1000000) ^ maskHigh).toString(16).padStart(6, '0');
  const low = ((id % 0x1000000) ^ maskLow).toString(16).padStart(6, '0');
  return `${a}-${b.slice(0, 4)}-4${b.slice(4, 7)}-8${a.slice(0, 3)}-${high}${low}`;
}

/** The record number inside an event ID, or undefined for anything that is not one. */
export function recordIdOf(eventId: string): number | undefined {
  const m =
    /^([0-9a-f]{8})-([0-9a-f]{4})-4[0-9a-f]{3}-8[0-9a-f]{3}-([0-9a-f]{6})([0-9a-f]{6})$/.exec(
      eventId,
    );
  if (!m) return undefined;
  const [, a = '', b = '', high = '', low = ''] = m;
  const [maskHigh, maskLow] = maskOf(a, b);
  return (parseInt(high, 16) ^ maskHigh) * 0x1000000 + (parseInt(low, 16) ^ maskLow);
}

function requestIdOf(call: Pick<CallRecord, 'id' | 'epochMs'>): string {
  const id = call.id ?? 0;
  const [a, b, c] = ['r1', 'r2', 'r3'].map((salt) => hash32(`${salt}:${id}:${call.epochMs}`)) as [
    string,
    string,
    string,
  ];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-9${c.slice(0, 3)}-${c.slice(3)}${a.slice(0, 4)}`;
}

function mfaAuthenticated(context: Record<string, ContextValue>): 'true' | 'false' {
  return context['aws:MultiFactorAuthPresent'] === true ? 'true' : 'false';
}

function userIdentity(call: CallRecord): CloudTrailUserIdentity {
  const accountId = /^arn:aws:[a-z]+::(\d{12}):/.exec(call.principalArn)?.[1] ?? LAB_ACCOUNT_ID;
  const key = call.accessKeyId ? { accessKeyId: call.accessKeyId } : {};
  const console = !call.accessKeyId;
  if (call.principalType === 'Root') {
    return { type: 'Root', principalId: accountId, arn: call.principalArn, accountId, ...key };
  }
  const attributes = {
    ...(typeof call.context['aws:TokenIssueTime'] === 'string' && {
      creationDate: call.context['aws:TokenIssueTime'],
    }),
    mfaAuthenticated: mfaAuthenticated(call.context),
  };
  if (call.principalType === 'IAMUser') {
    return {
      type: 'IAMUser',
      ...(call.principalId && { principalId: call.principalId }),
      arn: call.principalArn,
      accountId,
      ...key,
      userName: trailUserName(call),
      ...(console && { sessionContext: { attributes } }),
    };
  }
  // arn:aws:sts::<acct>:assumed-role/<role>/<session>
  const roleName = call.principalArn.split('/')[1] ?? '';
  const roleId = call.principalId?.split(':')[0];
  return {
    type: 'AssumedRole',
    ...(call.principalId && { principalId: call.principalId }),
    arn: call.principalArn,
    accountId,
    ...key,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        ...(roleId && { principalId: roleId }),
        arn: `arn:aws:iam::${accountId}:role/${roleName}`,
        accountId,
        userName: roleName,
      },
      attributes,
    },
  };
}

/** The call as CloudTrail's event record. */
export function cloudTrailEvent(call: CallRecord): CloudTrailEvent {
  const errorCode = trailErrorCode(call);
  const sourceIp = call.context['aws:SourceIp'];
  const type = resourceType(call.resource);
  const data = isDataEvent(call);
  const signIn = call.eventSource === 'signin.amazonaws.com';
  const host = call.eventSource;
  return {
    eventVersion: '1.09',
    userIdentity: userIdentity(call),
    eventTime: call.time.replace(/\.\d{3}Z$/, 'Z'),
    eventSource: call.eventSource,
    eventName: call.eventName,
    awsRegion: call.region,
    sourceIPAddress: typeof sourceIp === 'string' ? sourceIp : 'AWS Internal',
    userAgent: call.userAgent ?? (signIn ? 'Mozilla/5.0' : 'AWS Internal'),
    ...(errorCode && { errorCode }),
    ...(call.errorMessage !== undefined &&
      (errorCode || signIn) && { errorMessage: call.errorMessage }),
    requestParameters: signIn ? null : (call.requestParameters ?? null),
    responseElements: signIn ? { ConsoleLogin: call.errorCode ? 'Failure' : 'Success' } : null,
    ...(signIn && {
      additionalEventData: {
        LoginTo: 'https://console.aws.amazon.com/console/home',
        MobileVersion: 'No',
        MFAUsed: call.requestParameters?.['MFAUsed'] === 'Yes' ? 'Yes' : 'No',
      },
    }),
    requestID: requestIdOf(call),
    eventID: eventIdOf(call),
    readOnly: isReadOnly(call.eventName),
    ...(type && {
      resources: [
        {
          ...(type !== 'AWS::S3::Object' && { accountId: LAB_ACCOUNT_ID }),
          type,
          ARN: call.resource,
        },
      ],
    }),
    eventType: signIn ? 'AwsConsoleSignIn' : 'AwsApiCall',
    managementEvent: !data,
    recipientAccountId: LAB_ACCOUNT_ID,
    eventCategory: data ? 'Data' : 'Management',
    ...(call.context['aws:SecureTransport'] !== false && {
      tlsDetails: {
        tlsVersion: 'TLSv1.3',
        cipherSuite: 'TLS_AES_128_GCM_SHA256',
        clientProvidedHostHeader: host,
      },
    }),
    ...(!call.accessKeyId && !signIn && { sessionCredentialFromConsole: 'true' as const }),
  };
}
