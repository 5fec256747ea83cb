// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PermissionDiff } from './permission-diff-modal';
import { usePermissionReview } from './permission-review';

afterEach(cleanup);

const NONE: PermissionDiff = {
  principals: [],
  summary: 'No principal gains or loses access.',
  compared: 4,
};
const GAINS: PermissionDiff = {
  principals: [
    {
      kind: 'user',
      name: 'user-9',
      gains: [{ action: 's3:GetObject', resource: '*' }],
      losses: [],
    },
  ],
  summary: 'user-9 gains s3:GetObject',
  compared: 4,
};

function Site({
  diff,
  apply,
  quiet,
}: {
  diff: PermissionDiff;
  apply: () => Promise<void>;
  quiet: boolean;
}) {
  const permissionReview = usePermissionReview(() => Promise.resolve(diff), 'Create user');
  const start = quiet ? permissionReview.reviewIfChanges : permissionReview.review;
  return (
    <div>
      <button onClick={() => void start('change', apply)}>Save</button>
      {permissionReview.dialog}
    </div>
  );
}

describe('usePermissionReview', () => {
  it('shows the diff and saves only on Confirm', async () => {
    const apply = vi.fn(() => Promise.resolve());
    render(<Site diff={GAINS} apply={apply} quiet={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('user-9 gains s3:GetObject')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    });
    expect(apply).toHaveBeenCalledOnce();
    expect(screen.queryByText('user-9 gains s3:GetObject')).toBeNull();
  });

  it('reviewIfChanges saves at once when nobody gains or loses, with no dialog', async () => {
    const apply = vi.fn(() => Promise.resolve());
    render(<Site diff={NONE} apply={apply} quiet />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(apply).toHaveBeenCalledOnce());
    expect(screen.queryByText('No principal gains or loses access.')).toBeNull();
  });

  it('reviewIfChanges opens the dialog when the change gives or takes access; Cancel saves nothing', async () => {
    const apply = vi.fn(() => Promise.resolve());
    render(<Site diff={GAINS} apply={apply} quiet />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('user-9 gains s3:GetObject')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByText('user-9 gains s3:GetObject')).toBeNull());
    expect(apply).not.toHaveBeenCalled();
  });
});
