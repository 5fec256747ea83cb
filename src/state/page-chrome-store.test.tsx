// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openHelp, usePageChrome, usePageChromeStore } from './page-chrome-store';

afterEach(cleanup);

function Help() {
  return null;
}

function Page({ name }: { name: string }) {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: '/iam/home' },
      { text: name, path: `/iam/users/details/${name}` },
    ],
    help: Help,
    contentType: 'table',
  });
  return null;
}

describe('usePageChrome', () => {
  it("sets the layout's breadcrumbs, help and content type from the page", () => {
    const { rerender } = render(<Page name="user-1" />);
    expect(usePageChromeStore.getState()).toMatchObject({
      breadcrumbs: [{ text: 'IAM' }, { text: 'user-1' }],
      help: Help,
      contentType: 'table',
    });
    rerender(<Page name="user-2" />);
    expect(usePageChromeStore.getState().breadcrumbs[1]?.text).toBe('user-2');
  });

  it('"Info" opens the help panel', () => {
    usePageChromeStore.getState().setToolsOpen(false);
    openHelp();
    expect(usePageChromeStore.getState().toolsOpen).toBe(true);
  });
});
