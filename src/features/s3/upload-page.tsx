/** Placeholder until the page lands (issue 3). */
export function UploadPage() {
  return null;
}
