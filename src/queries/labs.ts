// The labs kept side by side, lab files and share links. Switching or replacing a lab makes every
// cached answer stale, so those drop the whole cache.

import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as labFiles from '@/aws/lab-files';
import * as labs from '@/aws/labs';
import type { LabFile } from '@/aws/lab-files';

export type { LabFile, LabFilePreview, ExportedFile } from '@/aws/lab-files';
export type { LabSummary } from '@/aws/labs';
export { MAX_SHARE_LINK_LENGTH, ShareLinkTooLongError } from '@/aws/lab-files';

export const labsQuery = () =>
  queryOptions({ queryKey: ['lab', 'labs'], queryFn: () => labs.listLabs() });

export const currentLabNameQuery = () =>
  queryOptions({ queryKey: ['lab', 'labs', 'current-name'], queryFn: () => labs.currentLabName() });

/** The page shows the other lab's data from scratch: nothing cached belongs to it. */
async function dropCache(client: QueryClient): Promise<void> {
  client.removeQueries({ type: 'inactive' });
  await client.resetQueries();
}

function useCatalogMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['lab', 'labs'] }),
  });
}

function useLabReplacingMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => dropCache(client) });
}

export const useCreateLab = () =>
  useCatalogMutation((v: { name: string; from: 'blank' | 'current' }) =>
    labs.createLab(v.name, v.from),
  );

export const useRenameLab = () =>
  useCatalogMutation((v: { labId: string; name: string }) => labs.renameLab(v.labId, v.name));

export const useDeleteLab = () =>
  useCatalogMutation((v: { labId: string }) => labs.deleteLab(v.labId));

/** Switches labs; the caller then resets the tab's identity to root. */
export const useSwitchLab = () =>
  useLabReplacingMutation((v: { labId: string }) => labs.switchToLab(v.labId));

export const useReplaceCurrentLab = () =>
  useLabReplacingMutation((v: { file: LabFile }) => labFiles.replaceCurrentLab(v.file));

export const useImportAsNewLab = () =>
  useLabReplacingMutation((v: { file: LabFile }) => labFiles.importAsNewLab(v.file));

/** Reads and checks a chosen file; nothing is written. */
export const useReadLabFile = () =>
  useMutation({ mutationFn: (v: { file: File }) => labFiles.readLabFile(v.file) });

/** Decodes a share link's parameter; nothing is written. */
export const shareLinkQuery = (param: string | null) =>
  queryOptions({
    queryKey: ['lab', 'share-link', param],
    queryFn: () => labFiles.openShareLink(param),
    retry: false,
    staleTime: Infinity,
  });

export const useExportLab = () => useMutation({ mutationFn: (_: void) => labFiles.exportLab() });

export const useExportScenario = () =>
  useMutation({ mutationFn: (_: void) => labFiles.exportScenario() });

export const useShareLink = () =>
  useMutation({ mutationFn: (v: { linkPrefix: string }) => labFiles.shareLink(v.linkPrefix) });
