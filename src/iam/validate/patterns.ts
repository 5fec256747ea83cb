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

/**
 * True when some string matches both patterns (* any run, ? one character): a policy's
 * "bucket/*" and a catalog format "${BucketName}/${ObjectName}" (placeholders read as *). Explores the
 * product of the two patterns' positions once each: O(a × b).
 */
export function globsIntersect(a: string, b: string): boolean {
  if (a.length > MAX_PATTERN || b.length > MAX_PATTERN) return true;
  const width = b.length + 1;
  const visited = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  visited[0] = 1;
  const push = (i: number, j: number) => {
    const k = i * width + j;
    if (visited[k] === 0) {
      visited[k] = 1;
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const k = stack.pop() as number;
    const i = Math.floor(k / width);
    const j = k % width;
    if (i === a.length && j === b.length) return true;
    const ca = a[i];
    const cb = b[j];
    if (ca === '*') push(i + 1, j);
    if (cb === '*') push(i, j + 1);
    if (ca === undefined || cb === undefined) continue;
    // Both consume one common character; a * stays where it is.
    const literalA = ca !== '*' && ca !== '?';
    const literalB = cb !== '*' && cb !== '?';
    if (literalA && literalB && ca !== cb) continue;
    const ni = ca === '*' ? i : i + 1;
    const nj = cb === '*' ? j : j + 1;
    if (ni !== i || nj !== j) push(ni, nj);
  }
  return false;
}
