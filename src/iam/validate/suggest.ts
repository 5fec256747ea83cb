// "Did you mean ...?" for misspelled actions and service prefixes: the nearest candidate by edit
// distance, compared without case, as Access Analyzer suggests a valid action.

/** Longest name compared; longer input gets no suggestion (keeps the work bounded). */
const MAX_LENGTH = 128;

/**
 * Levenshtein distance between two strings, or Infinity once it must exceed `limit`. Uses two rows
 * and stops early, so cost is at most O(a × b) on short, bounded strings.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return Infinity;
    [prev, curr] = [curr, prev];
  }
  const d = prev[b.length] as number;
  return d > limit ? Infinity : d;
}

/**
 * The candidate nearest to `word` (case-insensitive), if it is close enough to be a plausible typo:
 * at most 3 edits and no more than a third of the word's length (at least 1). Ties keep the first.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length === 0 || word.length > MAX_LENGTH) return undefined;
  const target = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(target, candidate.toLowerCase(), Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}
