// Policy size quotas, counted in non-whitespace characters.
// Sources: reference_iam-quotas; iam-console.md §5.2 (quotas), §5.3 (LimitExceeded wordings),
// §1.6 ("N of 6144 characters remaining"); access-analyzer-reference-policy-checks (size checks).
import { describe, expect, it } from 'vitest';
import type { PolicyKind } from '../types';
import {
  charactersRemainingText,
  inlinePolicyTotalSize,
  policySize,
  sizeLimitError,
  sizeQuotaFor,
  type PolicyPurpose,
} from './quotas';
import { createTestCatalog } from './test-catalog';
import { validatePolicyText, type ValidatePolicyOptions } from './validate-policy';

const catalog = createTestCatalog();

/** A valid policy whose size (without whitespace) is exactly `size`. */
function policyOfSize(size: number, principal = false): string {
  const head = `{"Version":"2012-10-17","Statement":{"Effect":"Allow",${principal ? '"Principal":"*",' : ''}"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/`;
  const tail = '"}}';
  const fill = size - head.length - tail.length;
  if (fill < 1) throw new Error('too small');
  return head + 'x'.repeat(fill) + tail;
}

describe('policySize', () => {
  // prettier-ignore
  it.each([
    ['whitespace is not counted', '{ "a" :\n\t[ 1 ,\r\n 2 ] }', 11, 'reference_iam-quotas'],
    ['a minified policy counts every character', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}', 85, 'iam-console.md §1.6'],
    ['empty text', '', 0, 'reference_iam-quotas'],
  ] as const)('%s', (_name, text, size, _source) => {
    expect(policySize(text)).toBe(size);
  });

  it('counts a pretty-printed policy like its minified form', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    };
    expect(policySize(JSON.stringify(doc, null, 4))).toBe(policySize(JSON.stringify(doc)));
  });

  it('adds up inline policies, which are limited per identity in total', () => {
    expect(inlinePolicyTotalSize(['{ "a": 1 }', '{"b":2}'])).toBe(14);
  });

  it('shows the console counter', () => {
    expect(charactersRemainingText('{"Version": "2012-10-17"}', 'managed')).toBe(
      '6120 of 6144 characters remaining',
    );
    expect(charactersRemainingText('{}', 'aws-managed')).toBeUndefined();
  });
});

describe('quotas by purpose', () => {
  // prettier-ignore
  it.each([
    ['managed', 6144, 'reference_iam-quotas (managed policy size)'],
    ['inline-user', 2048, 'reference_iam-quotas (user policy size)'],
    ['inline-group', 5120, 'reference_iam-quotas (group policy size)'],
    ['inline-role', 10240, 'reference_iam-quotas (role policy size)'],
    ['trust', 2048, 'reference_iam-quotas (role trust policy length)'],
    ['scp', 5120, 'orgs_reference_limits'],
    ['bucket', 20480, 'AmazonS3 bucket policy size (20 KB)'],
    ['aws-managed', undefined, 'reference_iam-quotas (AWS managed exempt)'],
  ] as const)('%s', (purpose, quota, _source) => {
    expect(sizeQuotaFor(purpose)).toBe(quota);
  });
});

type SizeRow = [
  string,
  PolicyKind,
  PolicyPurpose,
  number,
  ValidatePolicyOptions,
  string | undefined,
  string,
];

describe('LimitExceeded on save', () => {
  // prettier-ignore
  const cases: SizeRow[] = [
    ['managed policy at the quota', 'identity', 'managed', 6144, {}, undefined, 'reference_iam-quotas'],
    ['managed policy one over', 'identity', 'managed', 6145, {}, 'Cannot exceed quota for PolicySize: 6144', 'iam-console.md §5.3'],
    ['boundary one over', 'boundary', 'managed', 6145, {}, 'Cannot exceed quota for PolicySize: 6144', 'access_policies_boundaries'],
    ['AWS managed policy far over', 'identity', 'aws-managed', 30000, {}, undefined, 'reference_iam-quotas'],
    ['user inline at the quota', 'identity', 'inline-user', 2048, { identityName: 'alice' }, undefined, 'reference_iam-quotas'],
    ['user inline one over', 'identity', 'inline-user', 2049, { identityName: 'alice' }, 'Maximum policy size of 2048 bytes exceeded for user alice', 'iam-console.md §5.3'],
    ['user inline over with the others counted', 'identity', 'inline-user', 1500, { identityName: 'alice', otherInlinePoliciesSize: 600 }, 'Maximum policy size of 2048 bytes exceeded for user alice', 'reference_iam-quotas (aggregate)'],
    ['group inline one over', 'identity', 'inline-group', 5121, { identityName: 'Admins' }, 'Maximum policy size of 5120 bytes exceeded for group Admins', 'iam-console.md §5.3 (by analogy)'],
    ['role inline at the quota', 'identity', 'inline-role', 10240, { identityName: 'app' }, undefined, 'reference_iam-quotas'],
    ['role inline one over', 'identity', 'inline-role', 10241, { identityName: 'app' }, 'Maximum policy size of 10240 bytes exceeded for role app', 'iam-console.md §5.3 (by analogy)'],
    ['SCP one over', 'scp', 'scp', 5121, {}, 'Cannot exceed quota for PolicySize: 5120', 'orgs_reference_limits (wording by analogy)'],
    ['bucket policy one over', 'resource', 'bucket', 20481, {}, 'Cannot exceed quota for PolicySize: 20480', 'S3 bucket policy 20 KB (wording by analogy)'],
  ];
  it.each(cases)('%s', (_name, kind, purpose, size, options, message, _source) => {
    const text = policyOfSize(size, kind === 'resource');
    expect(policySize(text)).toBe(size);
    const r = validatePolicyText(text, kind, catalog, { ...options, purpose });
    expect(r.size).toBe(size);
    const limit = r.errors.find((e) => e.code === 'LimitExceeded');
    expect(limit?.message).toBe(message);
  });

  it('trust policy over 2,048 characters (kubeflow/dashboard issue #29 transcript)', () => {
    expect(sizeLimitError('trust', 2049)?.message).toBe(
      'Cannot exceed quota for ACLSizePerRole: 2048',
    );
  });

  it('counts whitespace in an SCP (orgs_manage_policies_scps_syntax: all characters count)', () => {
    const text = policyOfSize(5000).replace('{"Version"', `{${' '.repeat(200)}"Version"`);
    expect(policySize(text)).toBe(5000);
    const r = validatePolicyText(text, 'scp', catalog);
    expect(r.errors[0]?.message).toBe('Cannot exceed quota for PolicySize: 5120');
    expect(charactersRemainingText(text, 'scp')).toBe('-80 of 5120 characters remaining');
    expect(validatePolicyText(text, 'identity', catalog).errors).toEqual([]);
  });

  it('reports the size even when the text is not JSON', () => {
    const r = validatePolicyText('x'.repeat(7000), 'identity', catalog);
    expect(r.errors.map((e) => e.code)).toEqual(['LimitExceeded', 'MalformedPolicyDocument']);
  });
});

describe('Access Analyzer size findings', () => {
  // prettier-ignore
  it.each([
    ['identity policy over 6,144', 'identity', 'managed', 6200, 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', 'The 6200 characters in the identity policy, excluding whitespace, exceed the 6144 character maximum for inline and managed policies. We recommend that you use multiple granular policies.'],
    ['AWS managed policy over 6,144 (ReadOnlyAccess is listed)', 'identity', 'aws-managed', 6200, 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', 'The 6200 characters in the identity policy, excluding whitespace, exceed the 6144 character maximum for inline and managed policies. We recommend that you use multiple granular policies.'],
    ['SCP over 5,120', 'scp', 'scp', 5200, 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', 'The 5200 characters in the service control policy (SCP) exceed the 5120 character maximum for SCPs. We recommend that you use multiple granular policies.'],
  ] as const)(
    '%s (access-analyzer-reference-policy-checks)',
    (_name, kind, purpose, size, code, message) => {
      const r = validatePolicyText(policyOfSize(size), kind, catalog, { purpose });
      const f = r.findings.find((x) => x.issueCode === code);
      expect(f?.message).toBe(message);
      expect(f?.findingType).toBe(kind === 'scp' ? 'ERROR' : 'WARNING');
    },
  );
});
