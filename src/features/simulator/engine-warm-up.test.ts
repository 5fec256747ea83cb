import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/iam';
import { warmUpEngine } from './engine-warm-up';

describe('warmUpEngine', () => {
  it('runs the number of evaluations asked for, over valid policies', () => {
    expect(warmUpEngine(500)).toBe(500);
    expect(warmUpEngine(1)).toBe(1);
  });

  it('leaves the engine answering real requests as before', () => {
    const request = {
      principal: { arn: 'arn:aws:iam::123456789012:user/alice', id: 'AIDAALICE' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      identityPolicies: [
        {
          document:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}',
        },
      ],
    };
    const before = evaluateRequest(request, { trace: 'none' }).decision;
    warmUpEngine(2000);
    expect(evaluateRequest(request, { trace: 'none' }).decision).toBe(before);
    expect(before).toBe('allowed');
  });
});
