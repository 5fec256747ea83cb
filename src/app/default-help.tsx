// The help panel for pages that bring no help of their own, and the lab's ground rules.
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { LabSimplifications } from '@/ui/lab-simplifications';

export function DefaultHelp() {
  return (
    <HelpPanel header={<h2>IAM Console Lab</h2>}>
      <Box variant="p">
        A training copy of the AWS IAM console that runs entirely in your browser. Nothing leaves
        this page: the lab account, its users, groups, policies, buckets and instances live in this
        browser&apos;s storage.
      </Box>
      <LabSimplifications />
    </HelpPanel>
  );
}
