// Lab > Labs: the labs kept side by side in this browser. Create (blank or a duplicate), rename,
// delete and switch; export, share and import below. Switching makes the tab act as root.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import {
  labsQuery,
  useCreateLab,
  useDeleteLab,
  useRenameLab,
  useSwitchLab,
  type LabSummary,
} from '@/queries/labs';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { formatConsoleDate } from '@/ui/format';
import { LabFilesPanel } from './lab-files-panel';
import { LabNameModal, type LabStart } from './lab-name-modal';

type Dialog = { kind: 'create'; start: LabStart } | { kind: 'rename' } | { kind: 'delete' };

export function LabsPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Labs', path: paths.labs() },
    ],
  });
  const labs = useQuery(labsQuery());
  const createLab = useCreateLab();
  const renameLab = useRenameLab();
  const deleteLab = useDeleteLab();
  const switchLab = useSwitchLab();
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const [error, setError] = useState<unknown>();
  const rows = labs.data ?? [];
  const current = rows.find((l) => l.current);
  const selected = rows.find((l) => l.labId === selectedId);

  async function onSwitch(lab: LabSummary) {
    setError(undefined);
    try {
      // Root first: the other lab may have no such user, and its pages load as soon as it opens.
      switchBack();
      await switchLab.mutateAsync({ labId: lab.labId });
      setSelectedId(undefined);
      pushFlash({
        type: 'success',
        header: `Switched to the lab "${lab.name}". This tab acts as the root user.`,
      });
    } catch (err) {
      setError(err);
    }
  }

  async function onDelete(lab: LabSummary) {
    setError(undefined);
    try {
      await deleteLab.mutateAsync({ labId: lab.labId });
      setSelectedId(undefined);
      pushFlash({ type: 'success', header: `Lab "${lab.name}" deleted.` });
    } catch (err) {
      setError(err);
    }
    setDialog(undefined);
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Lab — not affiliated with AWS. Keep several labs side by side in this browser, switch between them, and share them as files or links."
        >
          Labs
        </Header>
      }
    >
      <SpaceBetween size="l">
        {error ? <ApiErrorAlert error={error} header="The labs could not be changed" /> : null}
        {labs.error ? <ApiErrorAlert error={labs.error} /> : null}
        <Table<LabSummary>
          items={rows}
          loading={labs.isPending && !labs.error}
          loadingText="Loading labs"
          trackBy="labId"
          selectionType="single"
          selectedItems={selected ? [selected] : []}
          onSelectionChange={(e) => setSelectedId(e.detail.selectedItems[0]?.labId)}
          ariaLabels={{
            selectionGroupLabel: 'Labs selection',
            itemSelectionLabel: (_s, lab) => lab.name,
          }}
          columnDefinitions={[
            { id: 'name', header: 'Lab name', isRowHeader: true, cell: (lab) => lab.name },
            { id: 'created', header: 'Created', cell: (lab) => formatConsoleDate(lab.createDate) },
            {
              id: 'status',
              header: 'Status',
              cell: (lab) =>
                lab.current ? <StatusIndicator type="success">Current lab</StatusIndicator> : '-',
            },
          ]}
          header={
            <Header
              counter={labs.isPending ? undefined : `(${rows.length})`}
              description="Each lab is a whole account of its own: users, roles, policies, buckets and instances."
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    disabled={!selected || selected.current}
                    loading={switchLab.isPending}
                    onClick={() => selected && void onSwitch(selected)}
                  >
                    Switch to lab
                  </Button>
                  <Button disabled={!selected} onClick={() => setDialog({ kind: 'rename' })}>
                    Rename
                  </Button>
                  <Button
                    disabled={!selected || selected.current}
                    onClick={() => setDialog({ kind: 'delete' })}
                  >
                    Delete
                  </Button>
                  <Button onClick={() => setDialog({ kind: 'create', start: 'current' })}>
                    Duplicate
                  </Button>
                  <Button
                    variant="primary"
                    onClick={() => setDialog({ kind: 'create', start: 'blank' })}
                  >
                    Create lab
                  </Button>
                </SpaceBetween>
              }
            >
              Labs
            </Header>
          }
          empty={<Box textAlign="center">No labs</Box>}
        />
        <LabFilesPanel currentLabName={current?.name} />
      </SpaceBetween>
      {dialog?.kind === 'create' && (
        <LabNameModal
          header="Create lab"
          confirmLabel="Create lab"
          initialName={dialog.start === 'current' && current ? `${current.name} copy` : ''}
          currentLabName={current?.name ?? ''}
          initialStart={dialog.start}
          onSubmit={async (name, start) => {
            const lab = await createLab.mutateAsync({ name, from: start });
            setSelectedId(lab.labId);
            pushFlash({ type: 'success', header: `Lab "${lab.name}" created.` });
          }}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'rename' && selected && (
        <LabNameModal
          header={`Rename lab "${selected.name}"`}
          confirmLabel="Save changes"
          initialName={selected.name}
          onSubmit={(name) => renameLab.mutateAsync({ labId: selected.labId, name })}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'delete' && selected && (
        <DeleteConfirmationModal
          header={`Delete lab "${selected.name}"?`}
          confirmationText="delete"
          instruction='To confirm deletion, enter "delete" in the text input field.'
          deleteLabel="Delete"
          loading={deleteLab.isPending}
          onDelete={() => void onDelete(selected)}
          onDismiss={() => setDialog(undefined)}
        >
          <Box variant="p">
            Everything in the lab &quot;{selected.name}&quot; is deleted from this browser: its
            users, roles, policies, buckets, instances and history.
          </Box>
        </DeleteConfirmationModal>
      )}
    </ContentLayout>
  );
}
