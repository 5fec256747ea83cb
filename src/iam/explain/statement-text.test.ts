// Where a statement lies in its policy's text, for highlighting.
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { allow, deny, doc, policy, userRequest } from '../evaluate/test-fixtures';
import { policyWithStatement, statementText } from './statement-text';

const TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
    {
      "Sid": "NoSecrets",
      "Effect": "Deny",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::b/secret/*"
    }
  ]
}`;

describe('policyWithStatement', () => {
  it('marks the exact span of the deciding statement in the text as written', () => {
    const request = userRequest('s3:GetObject', 'arn:aws:s3:::b/secret/x', [], {
      identityPolicies: [policy(TEXT, { name: 'Mixed' })],
    });
    const evaluation = evaluateRequest(request);
    const [ref] = evaluation.decisiveStatements;
    if (!ref) throw new Error('a deciding statement');
    const found = policyWithStatement(ref, request);
    expect(found?.text).toBe(TEXT);
    const marked = found ? found.text.slice(found.start, found.end) : '';
    expect(marked.startsWith('{\n      "Sid": "NoSecrets"')).toBe(true);
    expect(marked.endsWith('"arn:aws:s3:::b/secret/*"\n    }')).toBe(true);
    expect(statementText(ref, request)).toBe(`{
  "Sid": "NoSecrets",
  "Effect": "Deny",
  "Action": "s3:GetObject",
  "Resource": "arn:aws:s3:::b/secret/*"
}`);
  });

  it('prints a parsed document and finds the statement in the printed text', () => {
    const request = userRequest('s3:GetObject', 'arn:aws:s3:::b/x', [], {
      identityPolicies: [policy(doc(allow('s3:ListBucket'), deny('s3:GetObject')))],
    });
    const [ref] = evaluateRequest(request).decisiveStatements;
    if (!ref) throw new Error('a deciding statement');
    const found = policyWithStatement(ref, request);
    const marked = found ? found.text.slice(found.start, found.end) : '';
    expect(JSON.parse(marked)).toEqual(deny('s3:GetObject'));
  });
});

describe('documents nested deeper than any policy (found by the fuzzer)', () => {
  // 3,000 levels of [ ] in a Resource: indenting them printed a 6 KB document as 17 MB, and the
  // explanation of one request took seconds.
  const deep = (depth: number): unknown => {
    let v: unknown = 'arn:aws:s3:::b';
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  const document = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: deep(3000) }],
  };

  it('prints them compact, in a text no longer than the document', () => {
    const request = userRequest('s3:GetObject', 'arn:aws:s3:::b', [], {
      identityPolicies: [policy(document, { name: 'Deep' })],
    });
    const [ref] = evaluateRequest(request).trace;
    if (!ref) throw new Error('a traced statement');
    expect(policyWithStatement(ref, request)?.text).toBe(JSON.stringify(document));
    expect(statementText(ref, request)).toBe(JSON.stringify(document.Statement[0]));
  });

  it('still indents a policy of ordinary depth', () => {
    const request = userRequest('s3:GetObject', 'arn:aws:s3:::b', [], {
      identityPolicies: [policy(doc(deny('s3:GetObject')), { name: 'Flat' })],
    });
    const [ref] = evaluateRequest(request).trace;
    if (!ref) throw new Error('a traced statement');
    expect(policyWithStatement(ref, request)?.text).toContain('\n  "Statement": [');
  });
});
