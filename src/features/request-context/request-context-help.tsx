// The help panel of Lab > Request context.
import HelpPanel from '@cloudscape-design/components/help-panel';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function RequestContextHelp() {
  return (
    <HelpPanel header={<h2>Request context</h2>}>
      <p>
        Every request to AWS carries a request context: the values that the Condition element of a
        policy reads. AWS fills in keys such as <code>aws:SourceIp</code>,{' '}
        <code>aws:MultiFactorAuthPresent</code>, <code>aws:CurrentTime</code> and{' '}
        <code>aws:SecureTransport</code> from how the request was made.
      </p>
      <p>
        In the lab you set them here, then watch a condition flip: sign in without MFA, set
        &quot;MFA present&quot;, and a policy with{' '}
        <code>
          &quot;Bool&quot;: {'{'}
          &quot;aws:MultiFactorAuthPresent&quot;: &quot;true&quot;{'}'}
        </code>{' '}
        starts to allow.
      </p>
      <p>
        A key left out is missing from the request: a condition on it is false, unless its operator
        ends in <code>IfExists</code>. The explanation of a decision flags missing keys.
      </p>
      <LabSimplifications />
    </HelpPanel>
  );
}
