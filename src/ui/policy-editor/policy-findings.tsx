// The validation panel under the JSON editor: "Security: n · Errors: n · Warnings: n ·
// Suggestions: n", each tab listing its findings with their place in the text.
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import type { FindingType } from '@/iam';
import type { EditorFinding } from './analyze-policy';

export interface PolicyFindingsProps {
  findings: readonly EditorFinding[];
  /** Moves the editor's cursor to a finding's place. */
  onSelect?: (finding: EditorFinding) => void;
}

const TABS: Array<{
  id: string;
  label: string;
  types: FindingType[];
  status: StatusIndicatorProps.Type;
  none: string;
}> = [
  {
    id: 'security',
    label: 'Security',
    types: ['SECURITY_WARNING'],
    status: 'warning',
    none: 'No security warnings.',
  },
  { id: 'errors', label: 'Errors', types: ['ERROR'], status: 'error', none: 'No errors.' },
  {
    id: 'warnings',
    label: 'Warnings',
    types: ['WARNING'],
    status: 'warning',
    none: 'No warnings.',
  },
  {
    id: 'suggestions',
    label: 'Suggestions',
    types: ['SUGGESTION'],
    status: 'info',
    none: 'No suggestions.',
  },
];

function place(finding: EditorFinding): string {
  const start = finding.span?.start;
  return start ? `Ln ${start.line}, Col ${start.column}` : '';
}

export function PolicyFindings({ findings, onSelect }: PolicyFindingsProps) {
  const [chosen, setChosen] = useState<string>();
  const tabs = TABS.map((tab) => {
    const matching = findings.filter((f) => tab.types.includes(f.findingType));
    return {
      id: tab.id,
      label: `${tab.label}: ${matching.length}`,
      content:
        matching.length === 0 ? (
          <Box color="text-status-inactive">{tab.none}</Box>
        ) : (
          // The list role sits on a plain wrapper: SpaceBetween puts its own div around each item.
          <div role="list">
            <SpaceBetween size="xs">
              {matching.map((finding, index) => (
                <div key={index} role="listitem">
                  <StatusIndicator type={tab.status}>{finding.title}</StatusIndicator>{' '}
                  {finding.span && onSelect ? (
                    <Link variant="secondary" onFollow={() => onSelect(finding)}>
                      {place(finding)}
                    </Link>
                  ) : (
                    <Box variant="span" color="text-body-secondary">
                      {place(finding)}
                    </Box>
                  )}
                  <Box variant="p">{finding.message}</Box>
                </div>
              ))}
            </SpaceBetween>
          </div>
        ),
    };
  });
  // Until the learner picks a tab, the first one with something to say is shown.
  const firstWithFindings = TABS.find((tab) =>
    findings.some((f) => tab.types.includes(f.findingType)),
  );
  const active = chosen ?? firstWithFindings?.id ?? 'security';
  return (
    <Tabs
      ariaLabel="Policy validation"
      tabs={tabs}
      variant="container"
      activeTabId={active}
      onChange={(e) => setChosen(e.detail.activeTabId)}
    />
  );
}
