/** The console shell. Issue 3 grows it into the full AppLayout with routing. */
export function App() {
  return (
    <main>
      <h1>IAM Console Lab</h1>
      <p>Lab — not affiliated with AWS</p>
    </main>
  );
}
