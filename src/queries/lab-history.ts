// Undo and Redo for the top navigation, on every page. The lab module is imported on first use, so
// the shell's own chunk stays free of the data layer.

import { queryOptions } from '@tanstack/react-query';
import { useLabMutation } from './use-iam-mutation';

const labModule = () => import('@/aws/lab');

/** What Undo and Redo would step over next (every change refreshes ['lab']). */
export const undoStateQuery = () =>
  queryOptions({
    queryKey: ['lab', 'undo'],
    queryFn: async () => (await labModule()).getUndoState(),
  });

/** Undo the latest action; every page refreshes. Resolves to its operation. */
export const useUndo = () => useLabMutation(async (_: void) => (await labModule()).undo());

/** Redo the latest undone action; every page refreshes. Resolves to its operation. */
export const useRedo = () => useLabMutation(async (_: void) => (await labModule()).redo());
