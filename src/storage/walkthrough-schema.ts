// A guided walkthrough as data: JSON-able, checked with zod wherever it comes from (the built-in
// built-in lessons in src/aws/walkthroughs.ts, a scenario file). Each step's check is declarative, so it can be stored,
// shown and run against the lab (walkthrough-checks.ts) without code of its own.

import { z } from './zod';

const name = z.string().min(1).max(128);

/** Whose permissions a decision check evaluates: a user (with its groups) or a role. */
export const checkPrincipalSchema = z.union([
  z.strictObject({ user: name }),
  z.strictObject({ role: name }),
]);
export type CheckPrincipal = z.infer<typeof checkPrincipalSchema>;

/** Who made a call: root, a user, or any session of a role. */
export const callerSchema = z.union([
  z.strictObject({ root: z.literal(true) }),
  z.strictObject({ user: name }),
  z.strictObject({ role: name }),
]);

export const expectedDecisionSchema = z.enum(['allowed', 'explicitDeny', 'implicitDeny', 'denied']);
export type ExpectedDecision = z.infer<typeof expectedDecisionSchema>;

export const entityKindSchema = z.enum([
  'user',
  'group',
  'role',
  'policy',
  'instanceProfile',
  'bucket',
]);

/** A step's check, in plain words: each kind is one fact about the lab or one engine decision. */
export type WalkthroughCheck =
  | {
      kind: 'decision';
      principal: CheckPrincipal;
      action: string;
      resource?: string;
      expect: ExpectedDecision;
    }
  | {
      kind: 'onlyAllowed';
      action: string;
      resource?: string;
      allowedPrincipals?: string[];
      allowedGroup?: string;
      /** Roles count too (by default only users are asked). */
      includeRoles?: boolean;
    }
  | { kind: 'exists'; entity: z.infer<typeof entityKindSchema>; name: string }
  | { kind: 'member'; user: string; group: string }
  | {
      kind: 'policyAttached';
      principal: { user: string } | { group: string } | { role: string };
      policyArn: string;
    }
  | { kind: 'hasDirectPolicies'; user: string }
  | { kind: 'mfaDevice'; user?: string; root?: true }
  | { kind: 'consoleAccess'; user: string }
  | { kind: 'passwordResetRequired'; user: string }
  | { kind: 'accessKeyStatus'; user: string; status: 'Active' | 'Inactive' }
  | {
      kind: 'callMade';
      caller: z.infer<typeof callerSchema>;
      action: string;
      outcome: 'allowed' | 'denied';
    }
  | { kind: 'all'; checks: WalkthroughCheck[] }
  | { kind: 'any'; checks: WalkthroughCheck[] }
  | { kind: 'not'; check: WalkthroughCheck };

const action = z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9*]+$/, 'service:Action');

export const walkthroughCheckSchema: z.ZodType<WalkthroughCheck> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('decision'),
      principal: checkPrincipalSchema,
      action,
      resource: z.string().min(1).optional(),
      expect: expectedDecisionSchema,
    }),
    z.strictObject({
      kind: z.literal('onlyAllowed'),
      action,
      resource: z.string().min(1).optional(),
      allowedPrincipals: z.array(name).optional(),
      allowedGroup: name.optional(),
      includeRoles: z.boolean().optional(),
    }),
    z.strictObject({ kind: z.literal('exists'), entity: entityKindSchema, name }),
    z.strictObject({ kind: z.literal('member'), user: name, group: name }),
    z.strictObject({
      kind: z.literal('policyAttached'),
      principal: z.union([
        z.strictObject({ user: name }),
        z.strictObject({ group: name }),
        z.strictObject({ role: name }),
      ]),
      policyArn: z.string().startsWith('arn:aws:iam::'),
    }),
    z.strictObject({ kind: z.literal('hasDirectPolicies'), user: name }),
    z.strictObject({
      kind: z.literal('mfaDevice'),
      user: name.optional(),
      root: z.literal(true).optional(),
    }),
    z.strictObject({ kind: z.literal('consoleAccess'), user: name }),
    z.strictObject({ kind: z.literal('passwordResetRequired'), user: name }),
    z.strictObject({
      kind: z.literal('accessKeyStatus'),
      user: name,
      status: z.enum(['Active', 'Inactive']),
    }),
    z.strictObject({
      kind: z.literal('callMade'),
      caller: callerSchema,
      action,
      outcome: z.enum(['allowed', 'denied']),
    }),
    z.strictObject({ kind: z.literal('all'), checks: z.array(walkthroughCheckSchema).min(1) }),
    z.strictObject({ kind: z.literal('any'), checks: z.array(walkthroughCheckSchema).min(1) }),
    z.strictObject({ kind: z.literal('not'), check: walkthroughCheckSchema }),
  ]),
);

const text = z.string().min(1).max(4000);

export const walkthroughStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  title: z.string().min(1).max(200),
  /** Paragraphs separated by blank lines; **bold** marks console labels. Rendered as text. */
  text,
  hints: z.array(text).max(10),
  check: walkthroughCheckSchema,
});
export type WalkthroughStep = z.infer<typeof walkthroughStepSchema>;

export const walkthroughSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    title: z.string().min(1).max(200),
    scenarioId: z.string().min(1).max(64),
    intro: text,
    steps: z.array(walkthroughStepSchema).min(1).max(50),
  })
  .refine((w) => new Set(w.steps.map((s) => s.id)).size === w.steps.length, {
    message: 'Step IDs must be unique',
    path: ['steps'],
  });
export type Walkthrough = z.infer<typeof walkthroughSchema>;
