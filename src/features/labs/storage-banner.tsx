// The banner over every page when this browser does not save the lab (IndexedDB would not open,
// or is full): the lab goes on in memory, and the export is one click away.
import Button from '@cloudscape-design/components/button';
import Flashbar from '@cloudscape-design/components/flashbar';
import { useExportLab, type ExportedFile } from '@/queries/labs';
import { useStorageHealth } from '@/queries/storage-health';
import { downloadBlob } from '@/ui/download-csv';

function download(file: ExportedFile) {
  downloadBlob(file.fileName, new Blob([file.text], { type: 'application/json' }));
}

export function StorageBanner() {
  const health = useStorageHealth();
  const exportLab = useExportLab();
  if (health.saving) return null;
  const why =
    health.failure === 'quota'
      ? 'The browser storage is full.'
      : 'The browser does not allow this site to store data (a private window can do this).';
  return (
    <Flashbar
      items={[
        {
          id: 'storage-memory-only',
          type: 'warning',
          header: 'This browser is not saving the lab.',
          content: `Your changes are kept in memory only until you close the tab. Export the lab to keep it. ${why}`,
          action: (
            <Button
              loading={exportLab.isPending}
              onClick={() => void exportLab.mutateAsync().then(download)}
            >
              Export lab
            </Button>
          ),
        },
      ]}
    />
  );
}
