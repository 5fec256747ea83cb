import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './simulator-settings';
import { matchesArnFormat } from '@/iam';
import { permissionText, resultsCsvRows } from './simulation-rows';

describe('simulator settings in the URL', () => {
  it('round-trips, writing only what differs from the defaults', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      principalName: 'user-1',
      actions: ['s3:GetObject'],
      context: [
        {
          contextKeyName: 'aws:SourceIp',
          contextKeyType: 'ip' as const,
          contextKeyValues: ['203.0.113.7'],
        },
      ],
    };
    const text = writeSettings(settings);
    expect(JSON.parse(text)).toEqual({
      principalName: 'user-1',
      actions: ['s3:GetObject'],
      context: settings.context,
    });
    expect(readSettings(text)).toEqual(settings);
  });

  it('falls back to the defaults for anything malformed in a link', () => {
    expect(readSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('"text"')).toEqual(DEFAULT_SETTINGS);
    const read = readSettings(
      JSON.stringify({
        mode: 'other',
        principalKind: 'robot',
        actions: ['s3:GetObject', 42],
        context: [{ contextKeyName: 'k', contextKeyType: 'evil', contextKeyValues: [] }],
        policies: [{ name: 'P', document: '{}' }, { name: 1 }],
      }),
    );
    expect(read).toEqual({
      ...DEFAULT_SETTINGS,
      actions: ['s3:GetObject'],
      policies: [{ name: 'P', document: '{}' }],
    });
  });
});

describe('results rows', () => {
  it('match resource ARNs against the catalog’s ARN formats', () => {
    const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
    const bucket = 'arn:${Partition}:s3:::${BucketName}';
    expect(matchesArnFormat(object, 'arn:aws:s3:::b/readme.txt')).toBe(true);
    expect(matchesArnFormat(bucket, 'arn:aws:s3:::b/readme.txt')).toBe(false);
    expect(matchesArnFormat(bucket, 'arn:aws:s3:::b')).toBe(true);
  });

  it('word the Permission column and the CSV as the simulator does', () => {
    const result = (evalDecision: 'allowed' | 'explicitDeny' | 'implicitDeny', n: number) => ({
      evalActionName: 's3:GetObject',
      evalResourceName: '*',
      evalDecision,
      matchedStatements: Array.from({ length: n }, (_, i) => ({
        gate: 'identity' as const,
        policyIndex: 0,
        statementIndex: i,
        effect: 'Allow' as const,
        policyName: 'P',
        ...(i === 1 && { sid: 'Second' }),
      })),
      missingContextValues: [],
      evaluation: {} as never,
      request: {} as never,
    });
    expect(permissionText(result('allowed', 2))).toEqual({
      permission: 'allowed',
      detail: '2 matching statements.',
    });
    expect(permissionText(result('explicitDeny', 1))).toEqual({
      permission: 'denied',
      detail: '1 matching statements.',
    });
    expect(permissionText(result('implicitDeny', 0)).detail).toBe(
      'Implicitly denied (no matching statements).',
    );
    const rows = resultsCsvRows([
      {
        service: 'Amazon S3',
        action: 'GetObject',
        resourceType: 'object',
        resource: '*',
        result: result('allowed', 2),
      },
      { service: 'Amazon S3', action: 'PutObject', resourceType: 'object', resource: '*' },
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'Amazon S3',
        'GetObject',
        'object',
        '*',
        'allowed',
        '2 matching statements.',
        'P statement 1; P Second',
      ],
      ['Amazon S3', 'PutObject', 'object', '*', 'Not simulated', '', ''],
    ]);
  });
});
