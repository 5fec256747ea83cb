// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObjectsTable, type ObjectRow } from './objects-table';

afterEach(cleanup);

const rows: ObjectRow[] = [
  { key: 'photos/2026/', folder: true, size: 0, lastModified: '' },
  { key: 'photos/cat.png', folder: false, size: 2048, lastModified: '2026-11-22T06:00:00.000Z' },
];

function renderTable(onDelete = vi.fn()) {
  render(
    <MemoryRouter>
      <ObjectsTable
        bucket="lab-bucket"
        prefix="photos/"
        rows={rows}
        loading={false}
        denied={false}
        onRefresh={() => undefined}
        onDelete={onDelete}
      />
    </MemoryRouter>,
  );
  return onDelete;
}

const isDisabled = (el: HTMLElement) =>
  el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled');

describe('ObjectsTable', () => {
  it('names rows relative to the folder shown; folders link to their prefix', () => {
    renderTable();
    const folder = screen.getByRole('link', { name: '2026/' });
    expect(folder.getAttribute('href')).toBe('/s3/buckets/lab-bucket?prefix=photos%2F2026%2F');
    const object = screen.getByRole('link', { name: 'cat.png' });
    expect(object.getAttribute('href')).toBe('/s3/object/lab-bucket?prefix=photos%2Fcat.png');
    expect(screen.getByText('Folder')).toBeTruthy();
    expect(screen.getByText('2.0 KB')).toBeTruthy();
  });

  it('"Delete" waits for a selection and hands the selected rows over', () => {
    const onDelete = renderTable();
    const remove = screen.getByRole('button', { name: 'Delete' });
    expect(isDisabled(remove)).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '2026/' }));
    expect(isDisabled(remove)).toBe(false);
    fireEvent.click(remove);
    expect(onDelete).toHaveBeenCalledWith([rows[0]]);
  });
});
