import { beforeEach, describe, expect, it } from 'vitest';
import { useFlash } from './flash-store';

beforeEach(() => useFlash.getState().clearFlashes());

describe('useFlash', () => {
  it('shows the newest message first and replaces one pushed with the same id', () => {
    const { pushFlash } = useFlash.getState();
    pushFlash({ type: 'in-progress', header: 'Creating', id: 'create' });
    pushFlash({ type: 'info', header: 'Other' });
    pushFlash({ type: 'success', header: 'Created', id: 'create' });
    expect(useFlash.getState().messages.map((m) => m.header)).toEqual(['Created', 'Other']);
  });

  it('keeps a message through the navigation after it, and drops it on the next', () => {
    useFlash.getState().pushFlash({ type: 'success', header: 'User user-1 created.' });
    useFlash.getState().onNavigation();
    expect(useFlash.getState().messages).toHaveLength(1);
    useFlash.getState().onNavigation();
    expect(useFlash.getState().messages).toHaveLength(0);
  });

  it('dismisses by id', () => {
    const id = useFlash.getState().pushFlash({ type: 'error', header: 'Failed' });
    useFlash.getState().dismissFlash(id);
    expect(useFlash.getState().messages).toEqual([]);
  });
});
