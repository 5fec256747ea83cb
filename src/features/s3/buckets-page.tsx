/** Placeholder until the page lands (issue 3). */
export function BucketsPage() {
  return null;
}
