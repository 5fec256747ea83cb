/** Placeholder until the page lands. */
export function CreateUserPage() {
  return <h1>CreateUserPage</h1>;
}
