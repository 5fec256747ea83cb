// The CloudShell drawer the top bar's CloudShell icon opens: a bar with the region's tab, the
// terminal, and the home directory's files. It stays mounted once opened, so closing and
// reopening it keeps the session, as CloudShell does.
import Icon from '@cloudscape-design/components/icon';
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { CLOUDSHELL_REGION, type LocalFile, type LocalFiles } from '@/queries/cli';
import { useCaller } from '@/state/acting-identity-store';
import { CloudShellTerminal } from './cloudshell-terminal';
import { LocalFilesList } from './local-files-list';
import './cloudshell.css';
import { downloadBlob } from '@/ui/download-csv';

export interface CloudShellPanelProps {
  open: boolean;
  onClose: () => void;
}

export function CloudShellPanel({ open, onClose }: CloudShellPanelProps) {
  const region = CLOUDSHELL_REGION;
  const caller = useCaller();
  // The commands read and write files while they run, so the files live in a ref; the version
  // only tells React to draw the list again.
  const store = useRef(new Map<string, LocalFile>());
  const [, setVersion] = useState(0);
  const files: LocalFiles = useMemo(
    () => ({
      get: (name) => store.current.get(name),
      put: (file) => {
        store.current.set(file.name, file);
        setVersion((v) => v + 1);
      },
      list: () => [...store.current.values()],
    }),
    [],
  );

  // The drawer's height, dragged from its top edge (between 160 px and most of the window).
  const [height, setHeight] = useState(() => Math.round(window.innerHeight * 0.42));
  const resize = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons !== 1) return;
    const max = window.innerHeight - 120;
    setHeight(Math.min(max, Math.max(160, window.innerHeight - event.clientY)));
  };

  const upload = async (picked: File[]) => {
    for (const file of picked) {
      files.put({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        contentType: file.type || 'binary/octet-stream',
      });
    }
  };

  return (
    <>
      {/* Room under the page, so its end can scroll above the drawer. */}
      {open && <div style={{ height }} aria-hidden="true" />}
      <div
        className="cloudshell"
        role="region"
        aria-label="CloudShell"
        style={open ? { height } : { height, display: 'none' }}
      >
        <div
          className="cloudshell-resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize CloudShell"
          onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
          onPointerMove={resize}
        />
        <div className="cloudshell-bar">
          <h2 className="cloudshell-title">CloudShell</h2>
          <span className="cloudshell-tab" aria-label={`Session ${region}`}>
            {region}
          </span>
          <div className="cloudshell-bar-actions">
            <button
              type="button"
              className="cloudshell-icon-button"
              aria-label="Close CloudShell"
              title="Close"
              onClick={onClose}
            >
              <Icon name="close" variant="inverted" />
            </button>
          </div>
        </div>
        <div className="cloudshell-body">
          <CloudShellTerminal caller={caller} files={files} />
          <LocalFilesList
            files={files.list()}
            onUpload={(f) => void upload(f)}
            onDownload={(file) =>
              downloadBlob(file.name, new Blob([file.bytes.slice()], { type: file.contentType }))
            }
          />
        </div>
      </div>
    </>
  );
}
