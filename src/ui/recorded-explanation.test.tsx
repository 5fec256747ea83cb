// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateRequest, summarizeEvaluation, type AuthorizationRequest } from '@/iam';
import { RecordedExplanation } from './recorded-explanation';

afterEach(cleanup);

const request = (statements: object[]): AuthorizationRequest => ({
  principal: { arn: 'arn:aws:iam::123456789012:user/user-1' },
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::lab-bucket/report.csv',
  context: {},
  identityPolicies: [
    {
      name: 'Reports',
      type: 'customer-managed',
      attachedVia: 'Group S3-Support',
      document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2),
    },
  ],
});

function renderSummary(statements: object[]) {
  const r = request(statements);
  render(
    <RecordedExplanation summary={summarizeEvaluation(evaluateRequest(r), r)} action={r.action} />,
  );
}

describe('RecordedExplanation', () => {
  it('shows the deciding Deny as it was written, with its policy and group', () => {
    renderSummary([
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Sid: 'NoReports', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' },
    ]);
    expect(screen.getByRole('heading', { name: 'Deciding statement' })).toBeTruthy();
    expect(screen.getByText('Sid "NoReports", Effect Deny')).toBeTruthy();
    expect(screen.getByText('Group S3-Support')).toBeTruthy();
    expect(screen.getByTestId('statement-json').textContent).toContain('"Sid": "NoReports"');
    expect(screen.getByText(/^"with an explicit deny in an identity-based policy"/)).toBeTruthy();
  });

  it('lists the closest statement of an implicit deny and flags the missing key', () => {
    renderSummary([
      {
        Sid: 'FromOffice',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Closest statements (1)' })).toBeTruthy();
    expect(screen.getByText('Sid "FromOffice", Effect Allow')).toBeTruthy();
    expect(screen.getByText('Missing from the request')).toBeTruthy();
    expect(screen.getByText(/Missing context keys: aws:SourceIp/)).toBeTruthy();
  });
});
