// Case-insensitive * and ? matching for action names, without backtracking blow-ups.

/**
 * Whether `text` matches `pattern`, where * matches any run of characters and ? exactly one,
 * ignoring case, as IAM matches action names. Runs in O(pattern × text) at worst.
 */
export function matchesActionPattern(pattern: string, text: string): boolean {
  return wildcardMatch(pattern.toLowerCase(), text.toLowerCase());
}

/** Whether a string contains IAM wildcard characters (* or ?). */
export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Exact-case wildcard match: greedy scan that only ever returns to the last star. */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      starText = t;
    } else if (c !== undefined && (c === '?' || c === text[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
