// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineChange } from '@/queries/types';
import { TimelineChanges } from './timeline-changes';

afterEach(cleanup);

const change = (resource: string, after: string | null): TimelineChange => ({
  resource,
  kind: after === null ? 'Deleted' : 'Created',
  before: after === null ? '{ "userName": "gone" }' : null,
  after,
});

describe('TimelineChanges', () => {
  it('expands a change to its JSON before and after, as text', () => {
    const hostile = '{ "userName": "<img src=x onerror=alert(1)>" }';
    render(<TimelineChanges changes={[change('user/<img src=x onerror=alert(1)>', hostile)]} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Created: user/<img src=x onerror=alert(1)>' }),
    );
    expect(screen.getByLabelText('After').textContent).toBe(hostile);
    expect(screen.getByText('(none)')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the first three changes and folds the rest away', () => {
    const changes = ['a', 'b', 'c', 'd', 'e'].map((n) => change(`user/${n}`, '{}'));
    render(<TimelineChanges changes={changes} />);
    const more = screen.getByRole('button', { name: '2 more changes' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Created: user/e' })).toBeTruthy();
  });
});
