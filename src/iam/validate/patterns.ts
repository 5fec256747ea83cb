// Containment between two wildcard patterns (* and ?), for the redundancy checks: does every
// string that `inner` matches also match `outer`? Dynamic programming, no backtracking.

/** Longest pattern compared; longer ones are never called redundant (keeps the work bounded). */
const MAX_PATTERN = 1024;

/**
 * True when `outer` matches every string `inner` matches. In `outer`, * covers any run of
 * characters (including inner's wildcards) and ? covers one character that is not inner's *.
 * With `ignoreCase`, letters compare without case (as action names do).
 */
export function patternCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  if (outer.length > MAX_PATTERN || inner.length > MAX_PATTERN) return false;
  const p = ignoreCase ? outer.toLowerCase() : outer;
  const q = ignoreCase ? inner.toLowerCase() : inner;
  // prev[j]: p[0..i) covers q[0..j).
  let prev = new Array<boolean>(q.length + 1).fill(false);
  let curr = new Array<boolean>(q.length + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= p.length; i++) {
    const pc = p[i - 1];
    curr[0] = pc === '*' && (prev[0] as boolean);
    for (let j = 1; j <= q.length; j++) {
      const qc = q[j - 1];
      if (pc === '*') curr[j] = (prev[j] as boolean) || (curr[j - 1] as boolean);
      else if (pc === '?') curr[j] = qc !== '*' && (prev[j - 1] as boolean);
      else curr[j] = qc === pc && (prev[j - 1] as boolean);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[q.length] as boolean;
}

/** True when a pattern contains a wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
