// @vitest-environment jsdom
// The visual editor edits the blocks as a learner would: by checkbox, filter, radio and token.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadServiceCatalog } from '@/iam';
import { VisualPolicyEditor } from './visual-policy-editor';
import { toPolicyDocument, toVisualModel, type VisualPolicy } from './visual-model';

afterEach(cleanup);

const catalog = await loadServiceCatalog();

const start = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: ['arn:aws:s3:::lab-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    },
  ],
};

function renderEditor() {
  const read = toVisualModel(start);
  if (!read.ok) throw new Error(read.reason);
  const initial = read.model;
  const seen: { document?: unknown } = {};
  function Harness() {
    const [model, setModel] = useState<VisualPolicy>(initial);
    return (
      <VisualPolicyEditor
        model={model}
        catalog={catalog}
        onChange={(next) => {
          seen.document = toPolicyDocument(next);
          setModel(next);
        }}
      />
    );
  }
  render(<Harness />);
  return seen;
}

const statementOf = (document: unknown) =>
  (document as { Statement: Array<Record<string, unknown>> }).Statement[0];

describe('VisualPolicyEditor', () => {
  it('shows the block and adds an action found with the filter', () => {
    const seen = renderEditor();
    expect(screen.getByRole('heading', { name: 'Amazon S3' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter actions' }), {
      target: { value: 'PutObject' },
    });
    const put = screen.getByRole('checkbox', { name: 'PutObject' });
    fireEvent.click(put);
    expect(statementOf(seen.document)?.Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(statementOf(seen.document)?.Condition).toEqual({
      Bool: { 'aws:SecureTransport': 'true' },
    });
  });

  it('switches to deny, removes a resource, then chooses All resources', async () => {
    const seen = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to deny permissions' }));
    expect(statementOf(seen.document)?.Effect).toBe('Deny');
    await waitFor(() => screen.getByRole('button', { name: 'Remove arn:aws:s3:::lab-bucket/*' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove arn:aws:s3:::lab-bucket/*' }));
    expect(statementOf(seen.document)?.Resource).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: /^All/ }));
    expect(statementOf(seen.document)?.Resource).toBe('*');
  });

  it('removes the written condition', () => {
    const seen = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Bool aws:SecureTransport: true' }));
    expect(statementOf(seen.document)?.Condition).toBeUndefined();
  });

  it('adds a condition with a key, the default operator and a value', () => {
    const seen = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add another condition' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Condition key' }), {
      target: { value: 's3:ExistingObjectTag/team' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value' }), {
      target: { value: 'blue' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    expect(statementOf(seen.document)?.Condition).toEqual({
      Bool: { 'aws:SecureTransport': 'true' },
      StringEquals: { 's3:ExistingObjectTag/team': 'blue' },
    });
  });
});
