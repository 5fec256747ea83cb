// Access Analyzer checks on resources (filled in next).
import type { CheckContext } from './context';

/** Access Analyzer's checks on resources. */
export function checkResources(_ctx: CheckContext): void {}
