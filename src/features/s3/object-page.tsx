/** Placeholder until the page lands (issue 3). */
export function ObjectPage() {
  return null;
}
