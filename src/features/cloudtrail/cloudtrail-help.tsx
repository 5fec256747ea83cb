// The help panel of CloudTrail > Event history and its event pages.
import HelpPanel from '@cloudscape-design/components/help-panel';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function CloudTrailHelp() {
  return (
    <HelpPanel header={<h2>Event history</h2>}>
      <p>
        CloudTrail records the API calls made in your account: who made the call, when, from where,
        and whether it succeeded. A denied call has the error code <code>AccessDenied</code> (
        <code>Client.UnauthorizedOperation</code> for EC2).
      </p>
      <p>
        Filter with one lookup attribute at a time, such as the event name or the user name. The lab
        adds an outcome filter to find denied calls quickly.
      </p>
      <p>
        Open an event to see its record in CloudTrail&apos;s JSON format and, in the lab, why the
        request was allowed or denied. <strong>Re-run now</strong> evaluates the same request
        against the policies as they are now.
      </p>
      <p>
        In AWS, Event history lists management events only; the lab also lists S3 object calls (data
        events, <code>&quot;managementEvent&quot;: false</code>) and shows events at once, without
        CloudTrail&apos;s few minutes of delay.
      </p>
      <LabSimplifications />
    </HelpPanel>
  );
}
