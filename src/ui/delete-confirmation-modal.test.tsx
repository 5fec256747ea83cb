// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteConfirmationModal } from './delete-confirmation-modal';

afterEach(cleanup);

describe('DeleteConfirmationModal', () => {
  it('enables "Delete user" only once the exact name is typed', () => {
    const onDelete = vi.fn();
    render(
      <DeleteConfirmationModal
        header="Delete user-1?"
        confirmationText="user-1"
        instruction="To confirm deletion, enter the user name in the text input field."
        deleteLabel="Delete user"
        onDelete={onDelete}
        onDismiss={() => undefined}
      >
        Delete user-1 permanently?
      </DeleteConfirmationModal>,
    );
    const button = screen.getByRole('button', { name: 'Delete user' });
    expect(button.getAttribute('aria-disabled') ?? String(button.hasAttribute('disabled'))).toMatch(
      /true/,
    );
    const input = screen.getByRole('textbox', {
      name: 'To confirm deletion, enter the user name in the text input field.',
    });
    fireEvent.change(input, { target: { value: 'User-1' } });
    fireEvent.click(button);
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'user-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete user' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it('shows an API error inside the dialog', () => {
    render(
      <DeleteConfirmationModal
        header="Delete g?"
        confirmationText="g"
        instruction="Type g"
        deleteLabel="Delete"
        error="Cannot delete entity, must remove users from group first."
        onDelete={() => undefined}
        onDismiss={() => undefined}
      >
        body
      </DeleteConfirmationModal>,
    );
    expect(
      screen.getByText('Cannot delete entity, must remove users from group first.'),
    ).toBeTruthy();
  });
});
