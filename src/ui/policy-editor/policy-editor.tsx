// The JSON policy editor as the console shows it: the code editor (loaded lazily), a status bar
// with the cursor place and "N of 6144 characters remaining", and the validation findings.
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { analyzePolicy, type AnalyzeOptions, type PolicyAnalysis } from './analyze-policy';
import { PolicyFindings } from './policy-findings';
import { useServiceCatalog } from './use-service-catalog';

const CodeMirrorJson = lazy(() => import('./codemirror-json'));

export interface PolicyEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Which grammar and quota apply, e.g. { kind: 'identity', purpose: 'inline-user' }. */
  options: AnalyzeOptions;
  ariaLabel?: string;
  /** Told whenever the analysis changes, so a page can block "Next" on syntax errors. */
  onAnalysis?: (analysis: PolicyAnalysis) => void;
}

export function PolicyEditor({
  value,
  onChange,
  options,
  ariaLabel = 'Policy editor',
  onAnalysis,
}: PolicyEditorProps) {
  const catalog = useServiceCatalog();
  // Options come as a fresh object each render; compare them by value.
  const optionsKey = JSON.stringify(options);
  const analysis = useMemo(
    () => analyzePolicy(value, JSON.parse(optionsKey) as AnalyzeOptions, catalog),
    [value, optionsKey, catalog],
  );
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  const [goTo, setGoTo] = useState<{ offset: number }>();
  useEffect(() => onAnalysis?.(analysis), [analysis, onAnalysis]);
  return (
    <SpaceBetween size="s">
      <Suspense
        fallback={
          <Box padding="l">
            <Spinner /> Loading editor
          </Box>
        }
      >
        <CodeMirrorJson
          value={value}
          onChange={onChange}
          findings={analysis.findings}
          ariaLabel={ariaLabel}
          invalid={analysis.blocking}
          onCursorChange={(line, column) => setCursor({ line, column })}
          goTo={goTo}
        />
      </Suspense>
      <Box fontSize="body-s" color="text-body-secondary">
        <span aria-label="Cursor position">
          {cursor.line}:{cursor.column} JSON
        </span>
        <span style={{ float: 'right' }}>{analysis.remainingText}</span>
      </Box>
      <PolicyFindings
        findings={analysis.findings}
        onSelect={(finding) => finding.span && setGoTo({ offset: finding.span.start.offset })}
      />
    </SpaceBetween>
  );
}
