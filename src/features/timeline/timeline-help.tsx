// The help panel of Lab > Timeline: what an action is, and how Undo, Redo and Restore to here work.
import HelpPanel from '@cloudscape-design/components/help-panel';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function TimelineHelp() {
  return (
    <HelpPanel header={<h2>Timeline</h2>}>
      <p>
        The timeline lists every change made to this lab&apos;s account, newest first. One row is
        one action: everything a single operation or wizard wrote, such as a user created with its
        groups and policies. Open a change to see the record before and after it, as JSON.
      </p>
      <p>
        <strong>Restore to here</strong> puts the account back as it was right after the selected
        action. Every later change is reverted, as a new action of its own, so <strong>Undo</strong>{' '}
        brings them back.
      </p>
      <p>
        <strong>Undo</strong> and <strong>Redo</strong> in the top bar (Ctrl+Z and Shift+Ctrl+Z, or
        ⌘Z and Shift+⌘Z, outside text fields) step back and forward one action at a time. A new
        action clears what could be redone. Resetting the lab or loading a scenario starts a new
        timeline: there is nothing to undo before it.
      </p>
      <p>
        The timeline is a lab feature. AWS has no undo: CloudTrail records calls, and AWS Config
        records resource changes.
      </p>
      <LabSimplifications />
    </HelpPanel>
  );
}
