// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorFinding } from './analyze-policy';
import { PolicyFindings } from './policy-findings';

afterEach(cleanup);

const at = (line: number, column: number) => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 1, offset: 1 },
});

const findings: EditorFinding[] = [
  {
    findingType: 'ERROR',
    title: 'Invalid action',
    message: 'The action s3:GetObjct does not exist.',
    span: at(4, 17),
  },
  { findingType: 'SUGGESTION', title: 'Empty array action', message: 'Add an action.' },
  { findingType: 'SUGGESTION', title: 'Empty array resource', message: 'Add a resource.' },
];

describe('PolicyFindings', () => {
  it('counts findings per tab, as the console labels them', () => {
    render(<PolicyFindings findings={findings} />);
    for (const name of ['Security: 0', 'Errors: 1', 'Warnings: 0', 'Suggestions: 2']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
  });

  it('opens on the first tab with findings and shows their place', () => {
    render(<PolicyFindings findings={findings} />);
    expect(screen.getByText('The action s3:GetObjct does not exist.')).toBeTruthy();
    expect(screen.getByText('Ln 4, Col 17')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Suggestions: 2' }));
    expect(screen.getByText('Add a resource.')).toBeTruthy();
  });

  it('says so when a tab is empty', () => {
    render(<PolicyFindings findings={[]} />);
    expect(screen.getByText('No security warnings.')).toBeTruthy();
  });
});
