// The console's "Policy editor" container: a Visual | JSON switch over the visual editor and the
// JSON editor. A policy the visual editor cannot show stays in JSON, with a notice saying why.
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { parsePolicy } from '@/iam';
import { analyzePolicy, type AnalyzeOptions } from './analyze-policy';
import { PolicyEditor, type PolicyEditorProps } from './policy-editor';
import { PolicyFindings } from './policy-findings';
import { useServiceCatalog } from './use-service-catalog';
import { VisualPolicyEditor } from './visual-policy-editor';
import { toPolicyDocument, toVisualModel, type VisualModelResult } from './visual-model';

export type PolicyEditorMode = 'visual' | 'json';

export interface PolicyDocumentEditorProps extends PolicyEditorProps {
  /** The editor to open in; a policy the visual editor cannot show opens in JSON. */
  defaultMode?: PolicyEditorMode;
  /** Shown above the editor, e.g. an error from the last save. */
  alert?: ReactNode;
  /** Told when the learner switches, so a wizard reopens the step in the same editor. */
  onModeChange?: (mode: PolicyEditorMode) => void;
}

function readVisual(text: string): VisualModelResult {
  const parsed = parsePolicy(text);
  if (!parsed.ok) return { ok: false, reason: 'its JSON has syntax errors' };
  return toVisualModel(parsed.policy.value);
}

function noticeText(reason: string): string {
  return `The visual editor can't show this policy because ${reason}. Edit it in the JSON editor.`;
}

export function PolicyDocumentEditor(props: PolicyDocumentEditorProps) {
  const { value, onChange, options, onAnalysis, defaultMode = 'json', alert, onModeChange } = props;
  const catalog = useServiceCatalog();
  const [initial] = useState(() => (defaultMode === 'visual' ? readVisual(value) : undefined));
  const [mode, setMode] = useState<PolicyEditorMode>(initial?.ok ? 'visual' : 'json');
  const [model, setModel] = useState(initial?.ok ? initial.model : undefined);
  const [notice, setNotice] = useState(
    initial && !initial.ok ? noticeText(initial.reason) : undefined,
  );
  // In the visual editor the JSON editor is not mounted; the analysis still tells the page.
  const optionsKey = JSON.stringify(options);
  const analysis = useMemo(
    () =>
      mode === 'visual'
        ? analyzePolicy(value, JSON.parse(optionsKey) as AnalyzeOptions, catalog)
        : undefined,
    [mode, value, optionsKey, catalog],
  );
  useEffect(() => {
    if (analysis) onAnalysis?.(analysis);
  }, [analysis, onAnalysis]);

  function switchTo(next: PolicyEditorMode) {
    if (next === 'json') {
      setMode('json');
      onModeChange?.('json');
      return;
    }
    const read = readVisual(value);
    if (!read.ok) {
      setNotice(noticeText(read.reason));
      return;
    }
    setNotice(undefined);
    setModel(read.model);
    setMode('visual');
    onModeChange?.('visual');
  }

  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            <SegmentedControl
              label="Policy editor"
              selectedId={mode}
              onChange={(e) => switchTo(e.detail.selectedId as PolicyEditorMode)}
              options={[
                { id: 'visual', text: 'Visual' },
                { id: 'json', text: 'JSON' },
              ]}
            />
          }
        >
          Policy editor
        </Header>
      }
    >
      <SpaceBetween size="m">
        {alert}
        {notice ? (
          <Alert type="info" dismissible onDismiss={() => setNotice(undefined)}>
            {notice}
          </Alert>
        ) : null}
        {mode === 'json' || !model ? (
          <PolicyEditor
            value={value}
            onChange={onChange}
            options={options}
            onAnalysis={onAnalysis}
            {...(props.ariaLabel === undefined ? {} : { ariaLabel: props.ariaLabel })}
          />
        ) : catalog ? (
          <SpaceBetween size="l">
            <VisualPolicyEditor
              model={model}
              catalog={catalog}
              onChange={(next) => {
                setModel(next);
                onChange(JSON.stringify(toPolicyDocument(next), null, 4));
              }}
            />
            {analysis ? (
              <PolicyFindings findings={analysis.findings} onSelect={() => switchTo('json')} />
            ) : null}
          </SpaceBetween>
        ) : (
          <Spinner />
        )}
      </SpaceBetween>
    </Container>
  );
}
