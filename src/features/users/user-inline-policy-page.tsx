/** Placeholder until the page lands. */
export function UserInlinePolicyPage() {
  return <h1>UserInlinePolicyPage</h1>;
}
