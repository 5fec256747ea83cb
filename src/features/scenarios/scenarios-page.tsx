/** Placeholder until the page lands. */
export function ScenariosPage() {
  return <h1>ScenariosPage</h1>;
}
