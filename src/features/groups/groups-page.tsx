/** Placeholder until the page lands. */
export function GroupsPage() {
  return <h1>GroupsPage</h1>;
}
