/** Placeholder until the page lands. */
export function GroupDetailsPage() {
  return <h1>GroupDetailsPage</h1>;
}
