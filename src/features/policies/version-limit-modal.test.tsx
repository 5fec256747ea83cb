// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VersionLimitModal } from './version-limit-modal';

afterEach(cleanup);

const version = (n: number, isDefaultVersion = false) => ({
  versionId: `v${n}`,
  document: '{}',
  isDefaultVersion,
  createDate: '2026-12-01T20:00:00.000Z',
});

describe('VersionLimitModal', () => {
  it('offers only the non-default versions, the oldest chosen first', () => {
    const onConfirm = vi.fn();
    render(
      <VersionLimitModal
        versions={[version(6, true), version(5), version(4), version(3), version(1)]}
        saving={false}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
    );
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['v1', 'v3', 'v4', 'v5']);
    expect(screen.queryByRole('radio', { name: /v6/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete and save' }));
    expect(onConfirm).toHaveBeenCalledWith('v1');
    fireEvent.click(screen.getByRole('radio', { name: /Version v4/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete and save' }));
    expect(onConfirm).toHaveBeenLastCalledWith('v4');
  });
});
