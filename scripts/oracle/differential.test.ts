// Differential test against the AGPL oracle @cloud-copilot/iam-simulate (devDependency only):
// 2,000 fixed-seed generated requests must get the same decision. Known differences, settled by
// the AWS docs, are listed in src/iam/oracle-differences.md and left out by the generator.
import { expect, it } from 'vitest';
import { runSweep } from './sweep';

it('agrees with iam-simulate on 2,000 generated requests', async () => {
  const { agreed, differing } = await runSweep(2000);
  expect(differing.slice(0, 3)).toEqual([]);
  expect(agreed).toBeGreaterThan(1000);
}, 300000);
