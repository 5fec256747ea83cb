/** Placeholder until the page lands. */
export function PoliciesPage() {
  return <h1>PoliciesPage</h1>;
}
