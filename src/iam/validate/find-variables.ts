// Access Analyzer checks on variables (filled in next).
import type { CheckContext } from './context';

/** Access Analyzer's checks on variables. */
export function checkVariables(_ctx: CheckContext): void {}
