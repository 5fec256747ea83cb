// Which walkthrough is in progress, read without the walkthroughs themselves: the console layout
// needs only this to decide on the walkthrough drawer, whose content loads on demand.

import { readTx } from '@/storage/db';
import { readWalkthroughProgress } from '@/storage/walkthrough-progress';

/** The ID of the walkthrough in progress in this lab, or null. */
export async function getWalkthroughInProgress(): Promise<string | null> {
  return (await readTx(readWalkthroughProgress))?.walkthroughId ?? null;
}
