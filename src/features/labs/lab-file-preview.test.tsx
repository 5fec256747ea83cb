// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabFilePreview as Preview } from '@/queries/labs';
import { LabFilePreview } from './lab-file-preview';
import { ShareLinkModal } from './share-link-modal';

afterEach(cleanup);

const MARKUP = '<img src=x onerror="alert(1)">';

const preview = {
  fileName: 'class.lab.json',
  formatLabel: 'Lab export',
  format: 'iam-console-lab',
  version: 1,
  schemaVersion: 8,
  name: MARKUP,
  counts: {
    users: 3,
    groups: 2,
    roles: 4,
    customerPolicies: 1,
    buckets: 1,
    objects: 5,
    instances: 0,
  },
  file: {} as Preview['file'],
} satisfies Preview;

describe('LabFilePreview', () => {
  it('shows what the file holds, its name as text, and offers both ways in', () => {
    const onNewLab = vi.fn();
    const onReplace = vi.fn();
    const { container } = render(
      <LabFilePreview
        preview={preview}
        currentLabName="My lab"
        newLabLabel="Import as new lab"
        onNewLab={onNewLab}
        onReplace={onReplace}
      />,
    );
    expect(screen.getByText('class.lab.json')).toBeTruthy();
    expect(screen.getByText('Lab export (iam-console-lab, version 1)')).toBeTruthy();
    expect(screen.getByText(MARKUP)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    const term = screen.getByText('Customer managed policies').closest('dt');
    expect(term?.nextElementSibling?.textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Import as new lab' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace current lab' }));
    expect(onNewLab).toHaveBeenCalledTimes(1);
    expect(onReplace).toHaveBeenCalledTimes(1);
  });
});

describe('ShareLinkModal', () => {
  it('explains a link that is too long and offers the file export', () => {
    const onExportFile = vi.fn();
    render(
      <ShareLinkModal
        error={
          new Error('This lab is too large for a link (9,120 characters; the limit is 8,000).')
        }
        onExportFile={onExportFile}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText(/too large for a link \(9,120 characters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export lab' }));
    expect(onExportFile).toHaveBeenCalledTimes(1);
  });
});
