// Keeps this tab's cache true to what other tabs write: a change to this tab's lab (an action,
// reset, scenario load, import or undo) makes every cached answer stale; a change to the labs list
// refreshes the Labs page. Another tab switching labs changes nothing here: this tab stays on its lab.

import type { QueryClient } from '@tanstack/react-query';
import { currentLab, onOtherTabChange } from '@/aws/other-tabs';
import { invalidateEverything } from './invalidate';

/** Starts following the other tabs; returns the function that stops. */
export function followOtherTabs(client: QueryClient): () => void {
  let running = false;
  let again = false;
  // A burst of changes refreshes once more after the refresh under way, not once per change.
  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await invalidateEverything(client);
      } while (again);
    } finally {
      running = false;
    }
  }
  return onOtherTabChange((message) => {
    if (message.kind === 'catalog') {
      void client.invalidateQueries({ queryKey: ['lab', 'labs'] });
    } else if (message.labId === currentLab()) {
      void refresh();
    }
  });
}
