/** Placeholder until the page lands. */
export function RolesPage() {
  return <h1>RolesPage</h1>;
}
