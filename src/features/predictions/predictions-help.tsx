// The help panel of Lab > Predictions.
import HelpPanel from '@cloudscape-design/components/help-panel';

export function PredictionsHelp() {
  return (
    <HelpPanel header={<h2>Predictions</h2>}>
      <p>
        With predict mode on, each IAM, S3 or EC2 action you take asks first what AWS will decide:
        <b> Allowed</b>, <b>Explicit deny</b> (a Deny statement matched) or <b>Implicit deny</b>{' '}
        (nothing allowed the request). The request then runs, and its decision is shown with the
        explanation the engine recorded for it.
      </p>
      <p>
        When one action makes several requests, it is judged on the first one that was denied, or
        else on the action you were asked about.
      </p>
      <p>
        A wrong guess is tagged with the rule of policy evaluation it missed, such as &quot;a group
        Deny is an explicit deny&quot;. The score and the tags are kept with this lab; &quot;Reset
        score&quot; starts again.
      </p>
    </HelpPanel>
  );
}
