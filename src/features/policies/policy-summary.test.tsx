// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';

/** The text of the table row holding an element. */
const rowText = (el: HTMLElement) => el.closest('tr')?.textContent ?? '';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicySummary } from './policy-summary';

afterEach(cleanup);

const document = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:List*', Resource: '*' },
    { Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*' },
  ],
});

describe('PolicySummary', () => {
  it('lists services by effect, and drills down to a service’s actions', async () => {
    render(<PolicySummary document={document} />);
    expect(
      await screen.findByRole('heading', { name: /^Allow \(1 of \d+ services\)$/ }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: /^Explicit deny \(1 of \d+ services\)$/ }),
    ).toBeTruthy();
    expect(rowText(screen.getByRole('button', { name: 'S3 actions' }))).toBe(
      'S3Full: ListAll resourcesNone',
    );
    // One Search box narrows every section.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search services' }), {
      target: { value: 'ec2' },
    });
    expect(screen.queryByRole('button', { name: 'S3 actions' })).toBeNull();
    expect(screen.getByRole('button', { name: 'EC2 actions' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search services' }), {
      target: { value: '' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'S3 actions' }));
    expect(screen.getByRole('heading', { name: /^Allow: S3/ })).toBeTruthy();
    expect(rowText(screen.getByText('ListAllMyBuckets'))).toBe('ListAllMyBucketsAll resourcesNone');
    expect(screen.getByRole('heading', { name: /^List/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Write/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Policy summary' }));
    expect(screen.getByRole('button', { name: 'EC2 actions' })).toBeTruthy();
  });

  it('says so when the text is not a policy', async () => {
    render(<PolicySummary document="{ not json" />);
    expect(await screen.findByText('The policy summary could not be shown.')).toBeTruthy();
  });
});
