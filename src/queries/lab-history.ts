// Undo and Redo for the top navigation, on every page. The lab module is imported on first use, so
// the shell's own chunk stays free of the data layer.

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

const labModule = () => import('@/aws/lab');

/**
 * A change that rewinds the lab (Undo, Redo, Restore to here): every cached answer is dropped, not
 * just marked stale, so a page that was allowed does not keep showing its old rows once denied.
 */
export function useLabRewind<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.resetQueries() });
}

/** What Undo and Redo would step over next (every change refreshes ['lab']). */
export const undoStateQuery = () =>
  queryOptions({
    queryKey: ['lab', 'undo'],
    queryFn: async () => (await labModule()).getUndoState(),
  });

/** Undo the latest action; every page refreshes. Resolves to its operation. */
export const useUndo = () => useLabRewind(async (_: void) => (await labModule()).undo());

/** Redo the latest undone action; every page refreshes. Resolves to its operation. */
export const useRedo = () => useLabRewind(async (_: void) => (await labModule()).redo());
