/** Placeholder until the page lands. */
export function AddUserPermissionsPage() {
  return <h1>AddUserPermissionsPage</h1>;
}
