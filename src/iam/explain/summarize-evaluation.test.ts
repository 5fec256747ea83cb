// What a call record keeps of a decision, and the plain words of AWS's message variants.
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { allow, deny, doc, policy, userRequest } from '../evaluate/test-fixtures';
import { decisionInWords } from './plain-words';
import { MAX_RECORDED_TEXT, summarizeEvaluation } from './summarize-evaluation';

const OBJECT = 'arn:aws:s3:::lab-bucket/report.csv';
const TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyReports",
      "Effect": "Deny",
      "Action": "s3:GetObject",
      "Resource": "${OBJECT}"
    }
  ]
}`;

describe('summarizeEvaluation', () => {
  it('keeps the deciding Deny as written, with its policy and how it was attached', () => {
    const request = userRequest('s3:GetObject', OBJECT, [], {
      identityPolicies: [
        policy(doc(allow('s3:*')), { name: 'S3Full', attachedVia: 'Group S3-Support' }),
        policy(TEXT, { name: 'NoReports', type: 'inline-user', attachedVia: 'Inline' }),
      ],
    });
    const summary = summarizeEvaluation(evaluateRequest(request), request);
    expect(summary.decision).toBe('explicitDeny');
    expect(summary.denial).toEqual({ kind: 'explicit', policyType: 'identity' });
    expect(summary.decisive).toEqual([
      expect.objectContaining({
        policyName: 'NoReports',
        attachedVia: 'Inline',
        sid: 'DenyReports',
        effect: 'Deny',
        text: `{
  "Sid": "DenyReports",
  "Effect": "Deny",
  "Action": "s3:GetObject",
  "Resource": "${OBJECT}"
}`,
      }),
    ]);
    expect(summary.closest).toEqual([]);
    expect(summary.gates.map((g) => [g.gate, g.result])).toContainEqual([
      'identity',
      'explicitDeny',
    ]);
  });

  it('keeps the near misses and the missing keys of an implicit deny', () => {
    const request = userRequest('s3:GetObject', OBJECT, [
      allow('s3:GetObject', OBJECT, {
        Sid: 'WithMfa',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      }),
    ]);
    const summary = summarizeEvaluation(evaluateRequest(request), request);
    expect(summary.decisive).toEqual([]);
    expect(summary.closest.map((s) => [s.sid, s.misses])).toEqual([['WithMfa', ['condition']]]);
    expect(summary.closest[0]?.conditions[0]).toMatchObject({
      key: 'aws:MultiFactorAuthPresent',
      requestValues: null,
    });
    expect(summary.missingContextKeys).toEqual(['aws:MultiFactorAuthPresent']);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('keeps no text of a statement too long to store with every call', () => {
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObjectVersion${i}`);
    const request = userRequest('s3:GetObject', OBJECT, [allow(['s3:GetObject', ...actions])]);
    const [decisive] = summarizeEvaluation(evaluateRequest(request), request).decisive;
    expect(decisive?.text).toBeUndefined();
    expect(decisive?.omittedLength).toBeGreaterThan(MAX_RECORDED_TEXT);
  });
});

describe('decisionInWords', () => {
  it.each([
    [
      [],
      undefined,
      'because no identity-based policy allows the s3:GetObject action',
      /implicit deny/,
    ],
    [
      [allow('s3:*'), deny('s3:GetObject')],
      undefined,
      'with an explicit deny in an identity-based policy',
      /overrides every Allow/,
    ],
    [
      [allow('s3:*')],
      policy(doc(allow('s3:ListBucket')), { type: 'boundary' }),
      'because no permissions boundary allows the s3:GetObject action',
      /caps what identity-based policies can grant/,
    ],
    [[allow('s3:*')], undefined, 'Allowed', /no statement denies it/],
  ] as const)('%j → %s', (statements, boundary, variant, meaning) => {
    const request = userRequest('s3:GetObject', OBJECT, [...statements], {
      ...(boundary && { permissionsBoundary: boundary }),
    });
    const words = decisionInWords(evaluateRequest(request));
    expect(words.variant).toBe(variant);
    expect(words.meaning).toMatch(meaning);
  });
});
