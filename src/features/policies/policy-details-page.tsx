/** Placeholder until the page lands. */
export function PolicyDetailsPage() {
  return <h1>PolicyDetailsPage</h1>;
}
