// The lab's Undo and Redo in the top navigation, labelled with the action they step over
// ("Undo AttachUserPolicy"), and their keys: Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z, except while typing.
import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { undoStateQuery, useRedo, useUndo } from '@/queries/lab-history';
import { useFlash } from '@/state/flash-store';

/** Whether a key press belongs to a text field or an editor (CodeMirror is contenteditable). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useUndoRedoUtilities(): TopNavigationProps.Utility[] {
  const state = useQuery(undoStateQuery());
  const undo = useUndo();
  const redo = useRedo();
  const pushFlash = useFlash((s) => s.pushFlash);
  const busy = undo.isPending || redo.isPending;
  const undoLabel = state.data?.undo;
  const redoLabel = state.data?.redo;

  const run = async (which: 'undo' | 'redo') => {
    if (busy) return;
    try {
      const operation = await (which === 'undo' ? undo : redo).mutateAsync();
      if (!operation) return;
      pushFlash({
        id: 'undo-redo',
        type: 'success',
        header: which === 'undo' ? `Undid ${operation}.` : `Redid ${operation}.`,
      });
    } catch (err) {
      pushFlash({
        id: 'undo-redo',
        type: 'error',
        header: which === 'undo' ? 'Undo failed.' : 'Redo failed.',
        content: err instanceof Error ? err.message : String(err),
      });
    }
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A held key repeats: one press, one step.
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.repeat) return;
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return;
      event.preventDefault();
      void runRef.current(event.shiftKey ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return [
    {
      type: 'button',
      iconName: 'undo',
      // Icon only when there is nothing to step over: the bar keeps room for its other labels.
      ...(undoLabel && { text: `Undo ${undoLabel}` }),
      ariaLabel: undoLabel ? `Undo ${undoLabel}` : 'Undo (nothing to undo)',
      title: 'Undo the lab’s latest change (Ctrl+Z)',
      onClick: () => {
        if (undoLabel) void run('undo');
      },
    },
    {
      type: 'button',
      iconName: 'redo',
      ...(redoLabel && { text: `Redo ${redoLabel}` }),
      ariaLabel: redoLabel ? `Redo ${redoLabel}` : 'Redo (nothing to redo)',
      title: 'Redo the change last undone (Shift+Ctrl+Z)',
      onClick: () => {
        if (redoLabel) void run('redo');
      },
    },
  ];
}
