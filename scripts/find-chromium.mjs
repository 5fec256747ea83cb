// Finds a Chromium for Playwright: CHROMIUM_PATH, else `chromium` on PATH, else none
// (then Playwright uses its own downloaded browser, as on a laptop).
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export function findChromium() {
  if (process.env.CHROMIUM_PATH !== undefined) return process.env.CHROMIUM_PATH || undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
