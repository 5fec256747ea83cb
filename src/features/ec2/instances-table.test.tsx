// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstancesTable, type InstanceRow } from './instances-table';

afterEach(cleanup);

const rows: InstanceRow[] = [
  {
    instanceId: 'i-0123456789abcdef0',
    name: 'web-server-1',
    state: 'running',
    instanceType: 't3.micro',
    availabilityZone: 'us-east-1a',
    privateIpAddress: '172.31.1.10',
    launchTime: '2026-11-22T05:43:00.000Z',
  },
  {
    instanceId: 'i-0fedcba9876543210',
    name: 'web-server-2',
    state: 'stopping',
    instanceType: 't2.micro',
    availabilityZone: 'us-east-1b',
    privateIpAddress: '172.31.1.11',
    launchTime: '2026-11-22T05:44:00.000Z',
  },
];

function renderTable(selected: InstanceRow[] = [], onStateAction = vi.fn()) {
  render(
    <MemoryRouter>
      <InstancesTable
        instances={rows}
        loading={false}
        selected={selected}
        onSelectionChange={() => {}}
        onRefresh={() => {}}
        onStateAction={onStateAction}
      />
    </MemoryRouter>,
  );
  return onStateAction;
}

describe('InstancesTable', () => {
  it('titles the list "Instances (n)" and shows each state as the console words it', () => {
    renderTable();
    expect(screen.getByRole('heading', { name: /Instances\s*\(2\)/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Instances' });
    expect(within(table).getByText('Running')).toBeTruthy();
    expect(within(table).getByText('Stopping')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'i-0123456789abcdef0' })).toBeTruthy();
    expect(within(table).getByText('2026/11/22 05:43 GMT+0')).toBeTruthy();
  });

  it('counts the selection and offers the Instance state menu for it', () => {
    const onStateAction = renderTable([rows[0]!]);
    expect(screen.getByRole('heading', { name: /Instances\s*\(1\/2\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Instance state', expanded: false }));
    const items = screen.getAllByRole('menuitem').map((m) => m.textContent);
    expect(items).toEqual([
      'Stop instance',
      'Start instance',
      'Reboot instance',
      'Terminate (delete) instance',
    ]);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Stop instance' }));
    expect(onStateAction).toHaveBeenCalledWith('stop');
  });
});
