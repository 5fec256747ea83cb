// Access Analyzer checks on conditions (filled in next).
import type { CheckContext } from './context';

/** Access Analyzer's checks on conditions. */
export function checkConditions(_ctx: CheckContext): void {}
