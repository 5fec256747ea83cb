// zod, configured for the page's Content-Security-Policy: every schema module imports z from here.
// Without `jitless`, zod probes for eval with `new Function('')` on its first object parse; the
// probe's error is caught, but the CSP (script-src without 'unsafe-eval') still reports a
// violation, and the e2e CSP check counts every violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
