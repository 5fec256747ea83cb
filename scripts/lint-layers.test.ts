// The layer rule of eslint.config.js, checked on small made-up files.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve('src', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

describe('layer directions (STYLE.md)', () => {
  it.each([
    [
      'iam imports React',
      'iam/x.ts',
      "import { useState } from 'react';\nexport const a = useState;\n",
      1,
    ],
    [
      'iam imports storage',
      'iam/x.ts',
      "import { a } from '@/storage/db';\nexport const b = a;\n",
      1,
    ],
    ['iam imports idb', 'iam/x.ts', "import { openDB } from 'idb';\nexport const b = openDB;\n", 1],
    ['iam imports itself', 'iam/x.ts', "import { a } from './y';\nexport const b = a;\n", 0],
    [
      'aws imports storage',
      'aws/x.ts',
      "import { a } from '@/storage/db';\nexport const b = a;\n",
      0,
    ],
    [
      'storage imports aws',
      'storage/x.ts',
      "import { a } from '@/aws/iam';\nexport const b = a;\n",
      1,
    ],
    [
      'feature imports another feature',
      'features/users/x.ts',
      "import { a } from '@/features/groups/y';\nexport const b = a;\n",
      1,
    ],
    [
      'feature imports queries',
      'features/users/x.ts',
      "import { a } from '@/queries/users';\nexport const b = a;\n",
      0,
    ],
    [
      'queries re-exports storage (export ... from)',
      'queries/x.ts',
      "export { a } from '@/storage/db';\n",
      1,
    ],
    [
      'queries re-exports everything of storage',
      'queries/x.ts',
      "export * from '@/storage/db';\n",
      1,
    ],
    [
      'feature loads aws lazily (import())',
      'features/users/x.ts',
      "export const b = () => import('@/aws/iam');\n",
      1,
    ],
    [
      'feature imports aws directly',
      'features/users/x.ts',
      "import { a } from '@/aws/iam';\nexport const b = a;\n",
      1,
    ],
    [
      'src imports the AGPL oracle',
      'lib/x.ts',
      "import { runSimulation } from '@cloud-copilot/iam-simulate';\nexport const b = runSimulation;\n",
      1,
    ],
    [
      'relative import across folders',
      'aws/x.ts',
      "import { a } from '../storage/db';\nexport const b = a;\n",
      1,
    ],
  ] as const)('%s', async (_name, file, code, expected) => {
    expect(await layerErrors(file, code)).toHaveLength(expected);
  });
});
