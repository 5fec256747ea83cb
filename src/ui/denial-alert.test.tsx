// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateRequest, type AuthorizationRequest } from '@/iam';
import { DenialAlert } from './denial-alert';
import { explicitDenyRequest, explicitDenyStop, implicitDenyListBuckets } from './denial-test-data';

afterEach(cleanup);

const message =
  'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';

describe('DenialAlert', () => {
  it('shows the console message, then the API message, then "Why?"', () => {
    render(
      <DenialAlert
        header="You don't have permissions to list buckets"
        error={{ message, evaluation: implicitDenyListBuckets }}
      >
        After you or your AWS administrator has updated your permissions to allow the
        s3:ListAllMyBuckets action, refresh this page.
      </DenialAlert>,
    );
    const text = document.body.textContent ?? '';
    const order = ["You don't have permissions", 'After you or your AWS', message, 'Why?'];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('"Why?" explains that no statement allows the action', () => {
    render(
      <DenialAlert header="Denied" error={{ message, evaluation: implicitDenyListBuckets }} />,
    );
    fireEvent.click(screen.getByText('Why?'));
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(/No statement allows the action\. No identity-based policy/),
    ).toBeTruthy();
    expect(within(dialog).getAllByText('s3:ListAllMyBuckets').length).toBeGreaterThan(0);
  });

  it('"Why?" shows the deciding statement of an explicit deny with its JSON', () => {
    render(
      <DenialAlert
        header="Failed to stop the instance i-0abc"
        error={{ message: 'denied', evaluation: explicitDenyStop, request: explicitDenyRequest }}
      />,
    );
    fireEvent.click(screen.getByText('Why?'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByText('NoStopping').length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText('Group EC2-Admin').length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText('Customer inline').length).toBeGreaterThan(0);
    // The statement is marked at its exact span inside the whole policy.
    const mark = dialog.querySelector('mark');
    expect(mark?.textContent).toBe(
      '{ "Sid": "NoStop", "Effect": "Deny", "Action": "ec2:StopInstances", "Resource": "*" }',
    );
    expect(mark?.closest('pre')?.textContent).toContain('"Version": "2012-10-17"');
    expect(within(dialog).getByText(/aws:MultiFactorAuthPresent/)).toBeTruthy();
    expect(
      within(dialog).getByText('with an explicit deny in an identity-based policy'),
    ).toBeTruthy();
  });

  it('"Why?" lists the closest statements of an implicit deny with their conditions', () => {
    const request: AuthorizationRequest = {
      principal: { arn: 'arn:aws:iam::123456789012:user/user-1' },
      action: 'iam:ListUsers',
      resource: '*',
      identityPolicies: [
        {
          name: 'ListWithMfa',
          attachedVia: 'Directly',
          document: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'WithMfa',
                Effect: 'Allow',
                Action: 'iam:ListUsers',
                Resource: '*',
                Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
              },
            ],
          }),
        },
      ],
    };
    render(
      <DenialAlert
        header="Denied"
        error={{ message: 'denied', evaluation: evaluateRequest(request), request }}
      />,
    );
    fireEvent.click(screen.getByText('Why?'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: /Closest statements/ })).toBeTruthy();
    expect(within(dialog).getAllByText('Sid "WithMfa", Effect Allow').length).toBeGreaterThan(0);
    expect(within(dialog).getByText('A condition is false')).toBeTruthy();
    expect(within(dialog).getByText('Missing from the request')).toBeTruthy();
    expect(within(dialog).getByText('Bool')).toBeTruthy();
  });

  it('marks a statement with markup in its Sid as text, never as HTML', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '<img src=x onerror=alert(1)>',
          Effect: 'Deny',
          Action: 'iam:ListUsers',
          Resource: '*',
        },
      ],
    });
    const request: AuthorizationRequest = {
      principal: { arn: 'arn:aws:iam::123456789012:user/user-1' },
      action: 'iam:ListUsers',
      resource: '*',
      identityPolicies: [{ name: '<b>bold</b>', document: text }],
    };
    render(
      <DenialAlert
        header="Denied"
        error={{ message: 'denied', evaluation: evaluateRequest(request), request }}
      />,
    );
    fireEvent.click(screen.getByText('Why?'));
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark')?.textContent).toContain(
      '"Sid":"<img src=x onerror=alert(1)>"',
    );
    expect(within(dialog).getAllByText('<b>bold</b>').length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('shows names as text, never as HTML', () => {
    const hostile = 'User: <img src=x onerror=alert(1)> is not authorized';
    render(<DenialAlert header="<script>alert(1)</script>" error={{ message: hostile }} />);
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });
});
