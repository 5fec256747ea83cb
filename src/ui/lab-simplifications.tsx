// The places where the lab deliberately differs from AWS, for the help panels.
import Box from '@cloudscape-design/components/box';

export function LabSimplifications() {
  return (
    <>
      <h3>How this lab differs from AWS</h3>
      <ul>
        <li>
          A wizard&apos;s calls are all checked before anything is written, and written in one
          transaction. In AWS each call is made and committed one after another, so a failure
          halfway leaves the earlier steps done.
        </li>
        <li>
          &quot;Switch to user&quot; is a lab shortcut: it acts as the IAM user without a password.
        </li>
        <li>One account (1234-5678-9012) in one Region (us-east-1).</li>
      </ul>
      <Box variant="small">Lab — not affiliated with AWS.</Box>
    </>
  );
}
