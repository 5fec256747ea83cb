// The Labs page's "Export and share" and "Import lab": files are checked and previewed before
// anything is replaced; a bad file is explained in plain words and changes nothing.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { paths } from '@/paths';
import {
  useExportLab,
  useExportScenario,
  useReadLabFile,
  useShareLink,
  type ExportedFile,
  type LabFilePreview as Preview,
} from '@/queries/labs';
import { downloadBlob } from '@/ui/download-csv';
import { LabFilePreview } from './lab-file-preview';
import { ShareLinkModal } from './share-link-modal';
import { useOpenLabFile } from './use-open-lab-file';

function download(file: ExportedFile) {
  downloadBlob(file.fileName, new Blob([file.text], { type: 'application/json' }));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LabFilesPanelProps {
  currentLabName?: string;
}

export function LabFilesPanel({ currentLabName }: LabFilesPanelProps) {
  const exportLab = useExportLab();
  const exportScenario = useExportScenario();
  const shareLink = useShareLink();
  const readFile = useReadLabFile();
  const opener = useOpenLabFile('stay');
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<Preview>();
  const [sharing, setSharing] = useState(false);

  async function choose(chosen: File[]) {
    setFiles(chosen);
    setPreview(undefined);
    readFile.reset();
    const file = chosen[0];
    if (!file) return;
    try {
      setPreview(await readFile.mutateAsync({ file }));
    } catch {
      // Shown from readFile.error.
    }
  }

  async function open(how: 'new' | 'replace') {
    if (!preview) return;
    if (await opener.open(preview.file, how)) {
      setPreview(undefined);
      setFiles([]);
    }
  }

  async function share() {
    const prefix = `${window.location.href.split('#')[0]}#${paths.openScenario('')}`;
    setSharing(true);
    await shareLink.mutateAsync({ linkPrefix: prefix }).catch(() => undefined);
  }

  const exportError = exportLab.error ?? exportScenario.error;
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            description="Save the current lab as a file, or share it as a link that opens a copy in any browser. Nothing leaves this browser unless you send it."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  loading={exportLab.isPending}
                  onClick={() => void exportLab.mutateAsync().then(download)}
                >
                  Export lab
                </Button>
                <Button
                  loading={exportScenario.isPending}
                  onClick={() => void exportScenario.mutateAsync().then(download)}
                >
                  Export as scenario
                </Button>
                <Button iconName="share" loading={shareLink.isPending} onClick={() => void share()}>
                  Copy share link
                </Button>
              </SpaceBetween>
            }
          >
            Export and share
          </Header>
        }
      >
        <SpaceBetween size="s">
          <Box variant="p">
            <b>Export lab</b> saves everything, its change and call history included.{' '}
            <b>Export as scenario</b> saves the resources only, as a lesson to hand out. A share
            link holds the same scenario in the link itself (up to 8,000 characters).
          </Box>
          {exportError ? (
            <Alert type="error" header="The lab could not be exported">
              {errorText(exportError)}
            </Alert>
          ) : null}
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Open a lab export or a scenario file. It is checked and shown to you before anything is replaced."
          >
            Import lab
          </Header>
        }
      >
        <SpaceBetween size="m">
          <FormField label="Lab file" constraintText="A .json lab export or scenario, up to 25 MB.">
            <FileUpload
              value={files}
              onChange={(e) => void choose(e.detail.value)}
              accept=".json,application/json"
              showFileSize
              showFileLastModified
              i18nStrings={{
                uploadButtonText: () => 'Choose file',
                dropzoneText: () => 'Drop a lab file to import',
                removeFileAriaLabel: () => 'Remove file',
                limitShowFewer: 'Show fewer files',
                limitShowMore: 'Show more files',
                errorIconAriaLabel: 'Error',
              }}
            />
          </FormField>
          {readFile.error ? (
            <Alert type="error" header="This file cannot be imported">
              {errorText(readFile.error)}
            </Alert>
          ) : null}
          {opener.error ? (
            <Alert type="error" header="The lab could not be imported">
              {errorText(opener.error)}
            </Alert>
          ) : null}
          {preview && (
            <LabFilePreview
              preview={preview}
              currentLabName={currentLabName}
              newLabLabel="Import as new lab"
              busy={opener.busy}
              onCancel={() => {
                setPreview(undefined);
                setFiles([]);
              }}
              onNewLab={() => void open('new')}
              onReplace={() => void open('replace')}
            />
          )}
        </SpaceBetween>
      </Container>
      {sharing && !shareLink.isPending && (
        <ShareLinkModal
          link={shareLink.data}
          error={shareLink.error}
          onExportFile={() => {
            setSharing(false);
            void exportLab.mutateAsync().then(download);
          }}
          onDismiss={() => {
            setSharing(false);
            shareLink.reset();
          }}
        />
      )}
    </SpaceBetween>
  );
}
