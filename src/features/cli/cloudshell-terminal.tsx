// The terminal of the CloudShell panel: a prompt, the lines typed and what each printed, as plain
// text (never HTML), the command history on ArrowUp / ArrowDown, "aws configure"'s questions, and
// "Why was I denied?" under a refused call.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Caller } from '@/queries/types';
import {
  useFinishCliQuestions,
  useRunCliLine,
  type CliQuestions,
  type CliResult,
  type LocalFiles,
} from '@/queries/cli';
import { ExplanationPanel } from '@/ui/explanation-panel';

export const PROMPT = '[cloudshell-user@ip-10-0-0-1 ~]$ ';

type Denial = NonNullable<CliResult['denial']>;

interface Entry {
  id: number;
  /** A line the learner typed, after its prompt; or what a command printed. */
  kind: 'input' | 'output';
  prompt?: string;
  text: string;
  denial?: Denial;
}

export interface CloudShellTerminalProps {
  caller: Caller;
  files: LocalFiles;
}

export function CloudShellTerminal({ caller, files }: CloudShellTerminalProps) {
  const run = useRunCliLine();
  const finish = useFinishCliQuestions();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [running, setRunning] = useState(false);
  const [history, setHistory] = useState<string[]>([]);
  // Where ArrowUp has got to in the history; history.length: the line being typed.
  const [cursor, setCursor] = useState(0);
  const [draft, setDraft] = useState('');
  const [questions, setQuestions] = useState<{ ask: CliQuestions; answers: string[] } | null>(null);
  const [why, setWhy] = useState<Denial | null>(null);
  const nextId = useRef(0);
  // The hint shows until the first line is typed.
  const [started, setStarted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const screen = useRef<HTMLDivElement>(null);

  const append = (...added: Array<Omit<Entry, 'id'>>) =>
    setEntries((current) => [...current, ...added.map((e) => ({ ...e, id: nextId.current++ }))]);

  const show = (result: CliResult) => {
    if (result.clear) {
      setEntries([]);
    } else if (result.text || result.denial) {
      append({
        kind: 'output',
        text: result.text,
        ...(result.denial && { denial: result.denial }),
      });
    }
    if (result.ask) setQuestions({ ask: result.ask, answers: [] });
  };

  useEffect(() => {
    if (screen.current) screen.current.scrollTop = screen.current.scrollHeight;
    if (!running) input.current?.focus();
  }, [entries, running]);

  const prompt = questions ? (questions.ask.questions[questions.answers.length] ?? '') : PROMPT;

  const submit = async () => {
    const typed = line;
    setLine('');
    setStarted(true);
    append({ kind: 'input', prompt, text: typed });
    setRunning(true);
    try {
      if (questions) {
        const answers = [...questions.answers, typed];
        if (answers.length < questions.ask.questions.length) {
          setQuestions({ ...questions, answers });
          return;
        }
        setQuestions(null);
        show(await finish(questions.ask.finish, answers));
        return;
      }
      if (typed.trim()) {
        const updated = [...history, typed];
        setHistory(updated);
        setCursor(updated.length);
      }
      show(await run(typed, { consoleCaller: caller, files }));
    } catch (err) {
      append({ kind: 'output', text: `${err instanceof Error ? err.message : String(err)}\n` });
    } finally {
      setRunning(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'ArrowUp' && !questions) {
      event.preventDefault();
      if (cursor === 0) return;
      if (cursor === history.length) setDraft(line);
      setCursor(cursor - 1);
      setLine(history[cursor - 1] ?? '');
    } else if (event.key === 'ArrowDown' && !questions) {
      event.preventDefault();
      if (cursor >= history.length) return;
      setCursor(cursor + 1);
      setLine(cursor + 1 === history.length ? draft : (history[cursor + 1] ?? ''));
    } else if (event.key === 'c' && event.ctrlKey) {
      event.preventDefault();
      append({ kind: 'input', prompt, text: `${line}^C` });
      setLine('');
      setQuestions(null);
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      setEntries([]);
    }
  };

  return (
    <div
      ref={screen}
      className="cloudshell-terminal"
      role="log"
      aria-label="CloudShell terminal"
      data-testid="cloudshell-terminal"
      onClick={() => {
        if (!window.getSelection()?.toString()) input.current?.focus();
      }}
    >
      {!started && (
        <pre className="cloudshell-hint">
          Type &quot;help&quot; to see the AWS CLI commands this lab&apos;s CloudShell runs.
        </pre>
      )}
      {entries.map((entry) =>
        entry.kind === 'input' ? (
          <pre key={entry.id}>
            {entry.prompt}
            {entry.text}
          </pre>
        ) : (
          <div key={entry.id}>
            <pre data-testid="cloudshell-output">{entry.text}</pre>
            {entry.denial && (
              <button
                type="button"
                className="cloudshell-why"
                onClick={() => setWhy(entry.denial ?? null)}
              >
                Why was I denied?
              </button>
            )}
          </div>
        ),
      )}
      {!running && (
        <div className="cloudshell-line">
          <span>{prompt}</span>
          <input
            ref={input}
            className="cloudshell-input"
            aria-label="CloudShell command"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={line}
            onChange={(event) => setLine(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
      {why && (
        <Modal
          visible
          size="large"
          header="Why was I denied?"
          onDismiss={() => setWhy(null)}
          footer={
            <Box float="right">
              <Button variant="primary" onClick={() => setWhy(null)}>
                Close
              </Button>
            </Box>
          }
        >
          <ExplanationPanel
            evaluation={why.evaluation}
            {...(why.request && { request: why.request })}
          />
        </Modal>
      )}
    </div>
  );
}
