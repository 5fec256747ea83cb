/** Placeholder until the page lands. */
export function GroupInlinePolicyPage() {
  return <h1>GroupInlinePolicyPage</h1>;
}
