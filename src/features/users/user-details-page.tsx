/** Placeholder until the page lands. */
export function UserDetailsPage() {
  return <h1>UserDetailsPage</h1>;
}
