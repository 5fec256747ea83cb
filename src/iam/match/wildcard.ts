// Wildcard patterns (* and ?) compiled once into matchers that never backtrack: plain equality or
// prefix tests where the pattern allows it, otherwise a state-set walk (Thompson NFA) whose cost is
// at most pattern length × text length, whatever the pattern holds.

/** How a pattern's wildcards behave: Action names, StringLike values, or segment-wise ARNs. */
export type WildcardMode = 'action' | 'string' | 'arn';

/** A piece of a pattern: raw text (its * and ? are wildcards) or literal text (from a variable). */
export interface PatternPart {
  text: string;
  literal: boolean;
}

/** A compiled pattern. In 'action' mode the text must already be lower case. */
export type Matcher = (text: string) => boolean;

// Token values: a char code (>= 0) is a literal character.
const ANY_ONE = -1; // ?: one character (not a colon in 'arn' mode)
const STAR_IN_SEGMENT = -2; // * inside an ARN segment: any run without a colon
const STAR_ANY = -3; // * anywhere else, or ending an ARN segment: any run
const COLON = 58;

const matchAll: Matcher = () => true;
const MAX_WORK = 50_000_000;

/** Compiles a wildcard pattern: `*` matches any run of characters and `?` any one character. */
export function compileWildcard(pattern: string, mode: WildcardMode): Matcher {
  return compilePattern([{ text: pattern, literal: false }], mode);
}

/**
 * Compiles a pattern made of raw and literal parts. Actions match case-insensitively. ARNs match
 * segment by segment (reference_policies_elements_resource): `*` and `?` stay inside a
 * colon-separated segment, except that a `*` that ends a segment may run past colons, and the
 * service segment takes no wildcards (its `*` and `?` are plain characters).
 */
export function compilePattern(parts: readonly PatternPart[], mode: WildcardMode): Matcher {
  const tokens = tokenize(parts, mode);
  let wild = 0;
  for (const t of tokens) if (t < 0) wild++;
  if (wild === 0) {
    const exact = codesToString(tokens);
    return (text) => text === exact;
  }
  if (tokens.length === 1 && tokens[0] === STAR_ANY) return matchAll;
  const last = tokens[tokens.length - 1];
  if (wild === 1 && last === STAR_ANY) {
    const prefix = codesToString(tokens.slice(0, -1));
    return (text) => text.startsWith(prefix);
  }
  if (!tokens.includes(ANY_ONE) && !tokens.includes(STAR_IN_SEGMENT)) return chunkMatcher(tokens);
  return nfaMatcher(tokens, mode === 'arn');
}

// Every wildcard is a `*` that matches any run: placing each literal chunk at its leftmost
// occurrence is then optimal, so indexOf finds the answer without backtracking.
function chunkMatcher(tokens: number[]): Matcher {
  const chunks: string[] = [];
  let run: number[] = [];
  for (const t of tokens) {
    if (t === STAR_ANY) {
      chunks.push(codesToString(run));
      run = [];
    } else run.push(t);
  }
  chunks.push(codesToString(run));
  // Invariant: chunks.length >= 2 (there is at least one star).
  const first = chunks[0] as string;
  const last = chunks[chunks.length - 1] as string;
  const middle = chunks.slice(1, -1).filter((c) => c !== '');
  let minLength = first.length + last.length;
  for (const c of middle) minLength += c.length;
  return (text) => {
    if (text.length < minLength || !text.startsWith(first) || !text.endsWith(last)) return false;
    let at = first.length;
    const end = text.length - last.length;
    for (let k = 0; k < middle.length; k++) {
      const c = middle[k] as string;
      const found = text.indexOf(c, at);
      if (found < 0 || found + c.length > end) return false;
      at = found + c.length;
    }
    return true;
  };
}

// Chunked, so a 1 MB pattern cannot overflow the argument list of String.fromCharCode.
function codesToString(codes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) {
    out += String.fromCharCode(...codes.slice(k, k + 8192));
  }
  return out;
}

function tokenize(parts: readonly PatternPart[], mode: WildcardMode): number[] {
  const tokens: number[] = [];
  let colons = 0;
  for (const part of parts) {
    const text = mode === 'action' ? part.text.toLowerCase() : part.text;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      // Invariant: in 'arn' mode, colons before this character tell its segment (2 = service).
      const inService = mode === 'arn' && colons === 2;
      if (c === COLON) colons++;
      if (part.literal || inService || (c !== 42 && c !== 63)) tokens.push(c);
      else if (c === 63) tokens.push(ANY_ONE);
      else if (tokens[tokens.length - 1] !== STAR_ANY) tokens.push(STAR_ANY);
    }
  }
  if (mode !== 'arn') return tokens;
  // A * that does not end its segment cannot cross a colon.
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] !== STAR_ANY) continue;
    const next = tokens[k + 1];
    if (next !== undefined && next !== COLON) tokens[k] = STAR_IN_SEGMENT;
  }
  return tokens;
}

// Scratch buffers shared by every matcher: matching is synchronous and never re-entered.
let current = new Int32Array(64);
let next = new Int32Array(64);
let marks = new Uint32Array(64);
let generation = 1;

function nfaMatcher(all: number[], arnMode: boolean): Matcher {
  let start = 0;
  while (start < all.length && (all[start] as number) >= 0) start++;
  let end = all.length;
  while (end > start && (all[end - 1] as number) >= 0) end--;
  const prefix = codesToString(all.slice(0, start));
  const suffix = codesToString(all.slice(end));
  const tokens = Int32Array.from(all.slice(start, end));
  let minLength = prefix.length + suffix.length;
  for (const t of tokens) if (t !== STAR_ANY && t !== STAR_IN_SEGMENT) minLength++;
  return (text) => {
    if (text.length < minLength || !text.startsWith(prefix) || !text.endsWith(suffix)) return false;
    // Bounded work: no saved policy pattern and no ARN comes near this size, so such a pair
    // (a hostile input) is answered "no match" instead of taking seconds.
    if (tokens.length * (text.length - prefix.length - suffix.length) > MAX_WORK) return false;
    return runNfa(tokens, text, prefix.length, text.length - suffix.length, arnMode);
  };
}

// Adds state i and, through stars that may match nothing, the states after it.
function addState(tokens: Int32Array, list: Int32Array, n: number, i: number, g: number): number {
  const m = tokens.length;
  while (marks[i] !== g) {
    marks[i] = g;
    list[n++] = i;
    const t = tokens[i];
    if (i < m && (t === STAR_ANY || t === STAR_IN_SEGMENT)) i++;
    else break;
  }
  return n;
}

function nextGeneration(): number {
  generation++;
  if (generation === 0xffffffff) {
    marks.fill(0);
    generation = 1;
  }
  return generation;
}

function runNfa(tokens: Int32Array, text: string, from: number, to: number, arn: boolean): boolean {
  const m = tokens.length;
  if (current.length <= m) {
    current = new Int32Array(m + 1);
    next = new Int32Array(m + 1);
    marks = new Uint32Array(m + 1);
  }
  let cur = current;
  let nxt = next;
  let count = addState(tokens, cur, 0, 0, nextGeneration());
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    const g = nextGeneration();
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = cur[k] as number;
      if (i === m) continue;
      const t = tokens[i] as number;
      if (t >= 0) {
        if (t === c) n = addState(tokens, nxt, n, i + 1, g);
      } else if (t === ANY_ONE) {
        if (!arn || c !== COLON) n = addState(tokens, nxt, n, i + 1, g);
      } else if (t === STAR_ANY || c !== COLON) {
        n = addState(tokens, nxt, n, i, g);
      }
    }
    if (n === 0) return false;
    const swap = cur;
    cur = nxt;
    nxt = swap;
    count = n;
  }
  for (let k = 0; k < count; k++) if (cur[k] === m) return true;
  return false;
}
