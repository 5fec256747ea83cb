// The larger differential sweep against iam-simulate (known, documented differences excluded by
// the generator in scripts/oracle/sweep.ts). npm test runs a smaller one.
import { it } from 'vitest';
import { runSweep } from '../oracle/sweep';

it('differential sweep against iam-simulate', async () => {
  const { agreed, skipped, differing } = await runSweep(6000);
  console.log(
    `oracle sweep: ${agreed} agreed, ${differing.length} differed, ${skipped} skipped (oracle error or wildcard result)`,
  );
  for (const d of differing.slice(0, 3)) console.log(JSON.stringify(d));
}, 600000);
