import { beforeAll, describe, expect, it } from 'vitest';
import { loadServiceCatalog, type ServiceCatalog } from '@/iam';
import { analyzePolicy } from './analyze-policy';

let catalog: ServiceCatalog;
beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

const policy = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

describe('analyzePolicy', () => {
  it('counts characters as the console does: non-whitespace, against 6144', () => {
    const text = policy('s3:GetObject');
    const size = text.replace(/\s/g, '').length;
    expect(analyzePolicy(text, { kind: 'identity' }, catalog).remainingText).toBe(
      `${6144 - size} of 6144 characters remaining`,
    );
  });

  it('puts a JSON syntax error at its line and column, and blocks the save', () => {
    const result = analyzePolicy('{\n  "Version": \n}', { kind: 'identity' }, catalog);
    expect(result.blocking).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ findingType: 'ERROR' });
    expect(result.findings[0]?.span?.start.line).toBe(3);
  });

  it("reports the engine's findings in place without blocking an unknown action", () => {
    const result = analyzePolicy(policy('s3:GetObjct'), { kind: 'identity' }, catalog);
    expect(result.blocking).toBe(false);
    const finding = result.findings.find((f) => f.message.includes('s3:GetObjct'));
    expect(finding?.findingType).toBe('ERROR');
    expect(finding?.span?.start.line).toBe(1);
  });

  it("refuses an inline policy past the identity's quota with IAM's LimitExceeded", () => {
    const actions = Array.from({ length: 160 }, () => 's3:GetObject');
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
    const result = analyzePolicy(
      text,
      { kind: 'identity', purpose: 'inline-user', identityName: 'carol' },
      catalog,
    );
    expect(result.blocking).toBe(true);
    expect(result.findings.some((f) => f.title === 'Limit exceeded')).toBe(true);
  });

  it('checks syntax only until the catalog has loaded', () => {
    expect(analyzePolicy(policy('s3:GetObjct'), { kind: 'identity' }, undefined).findings).toEqual(
      [],
    );
  });
});
