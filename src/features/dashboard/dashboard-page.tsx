/** Placeholder until the page lands. */
export function DashboardPage() {
  return <h1>DashboardPage</h1>;
}
