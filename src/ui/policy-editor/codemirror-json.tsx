// The JSON code editor itself (CodeMirror 6). Loaded lazily: nothing of CodeMirror is in the first
// page load. Findings arrive as props and are shown as lint marks in place.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { EditorFinding } from './analyze-policy';

export interface CodeMirrorJsonProps {
  value: string;
  onChange: (value: string) => void;
  findings: readonly EditorFinding[];
  onCursorChange?: (line: number, column: number) => void;
  ariaLabel: string;
  invalid?: boolean;
  /** A place to move the cursor to (a new object each time, so the same place can be chosen twice). */
  goTo?: { offset: number };
}

const SEVERITY = {
  ERROR: 'error',
  SECURITY_WARNING: 'warning',
  WARNING: 'warning',
  SUGGESTION: 'info',
} as const;

const theme = EditorView.theme({
  '&': { fontSize: '14px', border: '1px solid #8c8c94', borderRadius: '8px', minHeight: '320px' },
  '&.cm-focused': { outline: '2px solid #0972d3', outlineOffset: '-1px' },
  '.cm-scroller': {
    fontFamily: "Monaco, Menlo, Consolas, 'Courier Prime', Courier, 'Courier New', monospace",
    minHeight: '320px',
  },
  '.cm-gutters': { borderTopLeftRadius: '8px', borderBottomLeftRadius: '8px' },
});

function toDiagnostics(findings: readonly EditorFinding[], length: number): Diagnostic[] {
  return findings
    .filter((f) => f.span)
    .map((f) => {
      const from = Math.min(f.span?.start.offset ?? 0, length);
      const to = Math.min(Math.max(f.span?.end.offset ?? from, from), length);
      return { from, to, severity: SEVERITY[f.findingType], message: `${f.title}: ${f.message}` };
    });
}

export default function CodeMirrorJson(props: CodeMirrorJsonProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's listener without rebuilding the editor.
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: callbacks.current.value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          bracketMatching(),
          json(),
          syntaxHighlighting(defaultHighlightStyle),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          theme,
          // An explicit tabindex tells checkers (axe's scrollable-region-focusable) that the
          // scrolled region holds a keyboard-focusable control; contenteditable alone is not seen.
          EditorView.contentAttributes.of({
            'aria-label': callbacks.current.ariaLabel,
            tabindex: '0',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
            if (update.docChanged || update.selectionSet) {
              const head = update.state.selection.main.head;
              const line = update.state.doc.lineAt(head);
              callbacks.current.onCursorChange?.(line.number, head - line.from + 1);
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // A value set from outside (a reset, a loaded document) replaces the text.
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== props.value) {
      editor.dispatch({ changes: { from: 0, to: current.length, insert: props.value } });
    }
  }, [props.value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(
      setDiagnostics(editor.state, toDiagnostics(props.findings, editor.state.doc.length)),
    );
  }, [props.findings, props.value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !props.goTo) return;
    const anchor = Math.min(props.goTo.offset, editor.state.doc.length);
    editor.dispatch({ selection: { anchor }, scrollIntoView: true });
    editor.focus();
  }, [props.goTo]);

  return <div ref={host} data-testid="policy-code-editor" aria-invalid={props.invalid} />;
}
