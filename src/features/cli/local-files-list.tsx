// CloudShell's home directory, kept in the page: upload a file from the learner's disk for
// "aws s3 cp", and download what a command saved there, as a Blob (nothing is fetched).
import type { ChangeEvent } from 'react';
import type { LocalFile } from '@/queries/cli';

export interface LocalFilesListProps {
  files: LocalFile[];
  onUpload: (files: File[]) => void;
  onDownload: (file: LocalFile) => void;
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function LocalFilesList({ files, onUpload, onDownload }: LocalFilesListProps) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    onUpload([...(event.target.files ?? [])]);
    event.target.value = '';
  };
  return (
    <section className="cloudshell-files" aria-label="Local files">
      <h3>Local files ({files.length})</h3>
      <label className="cloudshell-text-button">
        Upload file
        <input type="file" multiple className="cloudshell-visually-hidden" onChange={onChange} />
      </label>
      <ul>
        {[...files]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((file) => (
            <li key={file.name}>
              <span className="cloudshell-file-name" title={`~/${file.name}`}>
                {file.name}
              </span>
              <span>{sizeText(file.bytes.byteLength)}</span>
              <button
                type="button"
                className="cloudshell-text-button"
                aria-label={`Download ${file.name}`}
                onClick={() => onDownload(file)}
              >
                Download
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
