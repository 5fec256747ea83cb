/** Placeholder until the page lands (issue 3). */
export function LaunchInstancePage() {
  return null;
}
