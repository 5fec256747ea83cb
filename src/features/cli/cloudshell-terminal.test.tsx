// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rootCaller } from '@/queries/types';
import type { LocalFile, LocalFiles } from '@/queries/cli';
import { CloudShellTerminal, PROMPT } from './cloudshell-terminal';

afterEach(cleanup);

function renderTerminal() {
  const store = new Map<string, LocalFile>();
  const files: LocalFiles = {
    get: (name) => store.get(name),
    put: (file) => void store.set(file.name, file),
    list: () => [...store.values()],
  };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CloudShellTerminal caller={rootCaller()} files={files} />
    </QueryClientProvider>,
  );
}

async function type(line: string) {
  const input = await screen.findByRole('textbox', { name: 'CloudShell command' });
  fireEvent.change(input, { target: { value: line } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await screen.findByRole('textbox', { name: 'CloudShell command' });
}

const outputs = () => screen.queryAllByTestId('cloudshell-output').map((o) => o.textContent);

describe('CloudShellTerminal', () => {
  it('echoes each line after the prompt and prints output as text, never markup', async () => {
    renderTerminal();
    await type('echo <b>bold</b>');
    await waitFor(() => expect(outputs()).toEqual(['<b>bold</b>\n']));
    expect(screen.getByText(`${PROMPT}echo <b>bold</b>`)).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    await type('nmap localhost');
    await waitFor(() => expect(outputs().at(-1)).toBe('-bash: nmap: command not found\n'));
  });

  it('ArrowUp and ArrowDown walk the history, back to the line being typed', async () => {
    renderTerminal();
    await type('echo one');
    await type('echo two');
    const input = await screen.findByRole('textbox', { name: 'CloudShell command' });
    fireEvent.change(input, { target: { value: 'draft' } });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveProperty('value', 'echo two');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveProperty('value', 'echo one');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveProperty('value', 'echo one');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveProperty('value', 'echo two');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveProperty('value', 'draft');
  });

  it('"clear" empties the screen', async () => {
    renderTerminal();
    await type('echo hi');
    await waitFor(() => expect(outputs()).toHaveLength(1));
    await type('clear');
    await waitFor(() => expect(outputs()).toHaveLength(0));
    expect(screen.queryByText(`${PROMPT}echo hi`)).toBeNull();
  });
});
