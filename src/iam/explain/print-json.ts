// How the explanations print a document given as an object.

/** Nesting deeper than any policy AWS accepts (the deepest, a condition value list, is 6 levels). */
const MAX_INDENTED_DEPTH = 16;

function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON with 2-space indentation, as the console prints policies; a document nested deeper than any
 * policy AWS accepts is printed compact, since indentation grows with the square of the depth (a
 * 6 KB document 3,000 levels deep would print as 17 MB).
 */
export function printJson(value: unknown): string {
  return deeperThan(value, MAX_INDENTED_DEPTH)
    ? JSON.stringify(value)
    : JSON.stringify(value, null, 2);
}
