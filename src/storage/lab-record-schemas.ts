// The zod schema of every lab store's records in a lab file's JSON form: what an import accepts.
// Strict objects (an unknown field is an error), so a file can only hold what the app itself writes.
// S3 object bodies are base64 in the file and become bytes again here.

import { z } from './zod';
import { MISCONCEPTION_TAGS } from '@/iam';
import { fromBase64 } from '@/lib/base64';
import { iamRecordSchemas, int, tags, text } from './lab-iam-record-schemas';
import type { ContentStore } from './record-store';
import type { LabSchema, LabStore } from './schema';
import type { ChangeRecord, ObjectRecord } from './types';
import { walkthroughSchema } from './walkthrough-schema';

const instanceState = z.enum([
  'pending',
  'running',
  'stopping',
  'stopped',
  'shutting-down',
  'terminated',
]);
const decision = z.enum(['allowed', 'explicitDeny', 'implicitDeny']);
const contextValue = z.union([
  text,
  z.number(),
  z.boolean(),
  z.array(z.union([text, z.number(), z.boolean()])),
]);

const bucket = z.strictObject({
  name: text.min(1),
  region: text,
  creationDate: text,
  policy: text.optional(),
  publicAccessBlock: z
    .strictObject({
      BlockPublicAcls: z.boolean(),
      IgnorePublicAcls: z.boolean(),
      BlockPublicPolicy: z.boolean(),
      RestrictPublicBuckets: z.boolean(),
    })
    .optional(),
});

const object = z
  .strictObject({
    bucket: text.min(1),
    key: text.min(1),
    body: z.base64().transform((b64) => fromBase64(b64)),
    contentType: text,
    size: int,
    etag: text,
    lastModified: text,
    tags: tags.optional(),
    serverSideEncryption: text.optional(),
  })
  .refine((o) => o.size === o.body.length, 'size must be the length of the body');

const instance = z.strictObject({
  instanceId: text.min(1),
  name: text,
  instanceType: text,
  imageId: text,
  region: text,
  availabilityZone: text,
  launchTime: text,
  privateIpAddress: text,
  state: instanceState,
  transition: z.strictObject({ to: instanceState, atMs: z.number() }).optional(),
  tags,
  vpcId: text.optional(),
  subnetId: text.optional(),
  securityGroupIds: z.array(text).optional(),
  keyName: text.optional(),
  iamInstanceProfile: z.strictObject({ arn: text, id: text }).optional(),
  platform: z.enum(['Linux/UNIX', 'Windows']).optional(),
});

const scpPolicy = z.strictObject({
  policyId: text.min(1),
  arn: text,
  name: text,
  description: text,
  content: text,
  createDate: text,
  lastUpdatedDate: text,
});

const scpTarget = z.strictObject({ targetId: text.min(1), policyIds: z.array(text) });

const requestContext = z.strictObject({
  key: z.literal('request-context'),
  sourceIp: text.optional(),
  mfa: z.enum(['sign-in', 'present', 'false', 'absent']),
  mfaAgeSeconds: z.number().nonnegative().optional(),
  fixedTime: text.optional(),
  secureTransport: z.boolean(),
});

const predictMode = z.strictObject({ key: z.literal('predict-mode'), enabled: z.boolean() });

const count = z.number().int().nonnegative();

const predictionScore = z.strictObject({
  key: z.literal('prediction-score'),
  total: count,
  correct: count,
  misconceptions: z.partialRecord(z.enum(MISCONCEPTION_TAGS), count),
  recent: z.array(
    z.strictObject({
      time: text,
      principalArn: text,
      operation: text,
      action: text,
      resource: text,
      predicted: decision,
      actual: decision,
      correct: z.boolean(),
      tags: z.array(z.enum(MISCONCEPTION_TAGS)),
    }),
  ),
});

const undoEntry = z.strictObject({ txId: z.number().int().positive(), operation: text });

const undoHistory = z.strictObject({
  key: z.literal('undo-history'),
  undo: z.array(undoEntry),
  redo: z.array(undoEntry),
});

const scenarioWalkthrough = z.strictObject({
  key: z.literal('scenario-walkthrough'),
  walkthrough: walkthroughSchema,
});

const walkthroughStep = z.strictObject({
  stepId: text,
  startChangeId: count,
  startedAt: text,
  hintsShown: count,
  doneAt: text.optional(),
});

const walkthroughProgress = z.strictObject({
  key: z.literal('walkthrough-progress'),
  walkthroughId: text,
  startedAt: text,
  steps: z.array(walkthroughStep),
  completedAt: text.optional(),
});

/** Every kind of lab settings record, told apart by its key. */
const labSetting = z.discriminatedUnion('key', [
  scenarioWalkthrough,
  walkthroughProgress,
  requestContext,
  predictMode,
  predictionScore,
  undoHistory,
]);

/** The settings keys a file may carry; records with other keys are left out of an import. */
export const LAB_SETTING_KEYS: ReadonlySet<string> = new Set(
  labSetting.options.map((o) => o.shape.key.value),
);

const cliProfile = z.strictObject({
  name: text.min(1),
  accessKeyId: text.optional(),
  secretAccessKey: text.optional(),
  region: text.optional(),
  output: text.optional(),
});

const keyPair = z.strictObject({
  region: text,
  keyName: text.min(1),
  keyPairId: text,
  keyType: z.enum(['rsa', 'ed25519']),
  keyFingerprint: text,
  createTime: text,
  tags,
});

type Value<S extends LabStore> = LabSchema[S]['value'];

/**
 * One schema per content store, decoding a file's record into the stored one. Typed by store, so a
 * new store in schema.ts fails to compile until it has a schema here.
 */
export const contentRecordSchemas: { [S in ContentStore]: z.ZodType<Value<S>> } = {
  ...iamRecordSchemas,
  buckets: bucket,
  objects: object,
  instances: instance,
  scpPolicies: scpPolicy,
  scpTargets: scpTarget,
  labSettings: labSetting,
  cliProfiles: cliProfile,
  keyPairs: keyPair,
};

const CONTENT_STORES = Object.keys(contentRecordSchemas) as [ContentStore, ...ContentStore[]];

/** A change's recordKey: JSON of a string, a number or an array of them (undo parses it). */
function isKeyJson(textValue: string): boolean {
  try {
    const key: unknown = JSON.parse(textValue);
    const part = (v: unknown) => typeof v === 'string' || typeof v === 'number';
    return part(key) || (Array.isArray(key) && key.length > 0 && key.every(part));
  } catch {
    return false;
  }
}

/** A change's before and after are records of its store, checked like the store's own records. */
const change = z
  .strictObject({
    id: z.number().int().positive(),
    txId: z.number().int().positive().optional(),
    time: text,
    principalArn: text,
    operation: text,
    store: z.enum(CONTENT_STORES),
    recordKey: text.refine(isKeyJson, 'recordKey must be a record key as JSON'),
    before: z.unknown(),
    after: z.unknown(),
  })
  .transform((c, ctx): ChangeRecord => {
    const schema: z.ZodType = contentRecordSchemas[c.store];
    const side = (name: 'before' | 'after'): unknown => {
      if (c[name] === null) return null;
      const result = schema.safeParse(c[name]);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        ctx.addIssue({ ...issue, path: [name, ...issue.path] } as z.core.$ZodRawIssue);
      }
      return z.NEVER;
    };
    return { ...c, before: side('before'), after: side('after') };
  });

const recordedStatement = z.looseObject({
  gate: text,
  statementIndex: int,
  effect: z.enum(['Allow', 'Deny']),
  conditions: z.array(z.looseObject({})),
});

const call = z.strictObject({
  id: z.number().int().positive(),
  time: text,
  epochMs: z.number(),
  principalArn: text,
  principalType: z.enum(['Root', 'IAMUser', 'AssumedRole', 'AWSAccount']),
  userName: text.optional(),
  eventSource: text,
  eventName: text,
  action: text,
  resource: text,
  region: text,
  decision: decision.optional(),
  errorCode: text.optional(),
  errorMessage: text.optional(),
  rolledBack: z.boolean().optional(),
  context: z.record(text, contextValue),
  accessKeyId: text.optional(),
  userAgent: text.optional(),
  requestParameters: z.record(text, z.unknown()).optional(),
  principalId: text.optional(),
  // The summary's statements carry the engine's traces; their outline is checked, not every field.
  explanation: z
    .looseObject({
      decision,
      decisive: z.array(recordedStatement),
      closest: z.array(recordedStatement),
      gates: z.array(z.looseObject({ gate: text, present: z.boolean(), result: text })),
      missingContextKeys: z.array(text),
    })
    .optional(),
});

/** Every store's schema, the logs included. */
export const recordSchemas = {
  ...contentRecordSchemas,
  changes: change,
  calls: call as unknown as z.ZodType<Value<'calls'>>,
} satisfies { [S in LabStore]: z.ZodType<Value<S>> };

/** A stored record in its file form: bodies as base64 (changes of objects included). */
export function encodeRecord(store: LabStore, record: unknown): unknown {
  if (store === 'objects') {
    const o = record as ObjectRecord;
    return { ...o, body: toBase64Bytes(o.body) };
  }
  if (store === 'changes') {
    const c = record as ChangeRecord;
    const side = (value: unknown) =>
      value === null ? null : encodeRecord(c.store as LabStore, value);
    return { ...c, before: side(c.before), after: side(c.after) };
  }
  return record;
}

function toBase64Bytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
