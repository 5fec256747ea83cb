/** Placeholder until the page lands. */
export function CreateGroupPage() {
  return <h1>CreateGroupPage</h1>;
}
