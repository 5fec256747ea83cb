// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateRequest, summarizeEvaluation, type AuthorizationRequest } from '@/iam';
import type { PredictionReveal } from '@/queries/predictions';
import { userCaller } from '@/queries/types';
import { operationLabel } from './decision-choices';
import { PredictionQuestionModal } from './prediction-question-modal';
import { PredictionRevealModal } from './prediction-reveal-modal';

afterEach(cleanup);

const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc';

describe('PredictionQuestionModal', () => {
  it('says what is about to happen, as whom, and answers with the chosen decision', () => {
    const onAnswer = vi.fn();
    render(
      <PredictionQuestionModal
        question={{
          caller: userCaller('user-2'),
          service: 'ec2',
          operation: 'StopInstances',
          action: 'ec2:StopInstances',
          resource: INSTANCE,
        }}
        onAnswer={onAnswer}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Predict the decision' });
    expect(dialog.textContent).toContain(
      `You are about to: Stop instances (ec2:StopInstances) on ${INSTANCE} as user-2.`,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Explicit deny' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skip' }));
    expect(onAnswer.mock.calls).toEqual([['explicitDeny'], [undefined]]);
  });

  it.each([
    ['StopInstances', 'Stop instances'],
    ['PutGroupPolicy', 'Put group policy'],
    ['CreateUser', 'Create user'],
  ])('%s reads "%s"', (operation, label) => {
    expect(operationLabel(operation)).toBe(label);
  });
});

describe('PredictionRevealModal', () => {
  it('marks a wrong guess, names the misconception and explains the decision', () => {
    const request: AuthorizationRequest = {
      principal: { arn: 'arn:aws:iam::123456789012:user/user-2' },
      action: 'ec2:StopInstances',
      resource: INSTANCE,
      identityPolicies: [
        {
          name: 'DenyStop',
          type: 'inline-group',
          attachedVia: 'Group EC2-Support',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }],
          },
        },
      ],
    };
    const outcome: PredictionReveal = {
      entry: {
        time: '2026-01-01T00:00:00.000Z',
        principalArn: 'arn:aws:iam::123456789012:user/user-2',
        operation: 'StopInstances',
        action: 'ec2:StopInstances',
        resource: INSTANCE,
        predicted: 'implicitDeny',
        actual: 'explicitDeny',
        correct: false,
        tags: ['group-deny'],
      },
      call: {
        time: '2026-01-01T00:00:00.000Z',
        epochMs: 0,
        principalArn: 'arn:aws:iam::123456789012:user/user-2',
        principalType: 'IAMUser',
        eventSource: 'ec2.amazonaws.com',
        eventName: 'StopInstances',
        action: 'ec2:StopInstances',
        resource: INSTANCE,
        region: 'us-east-1',
        context: {},
        decision: 'explicitDeny',
        explanation: summarizeEvaluation(evaluateRequest(request), request),
      },
      score: { key: 'prediction-score', total: 2, correct: 1, misconceptions: {}, recent: [] },
    };
    const onContinue = vi.fn();
    render(<PredictionRevealModal outcome={outcome} onContinue={onContinue} />);
    const dialog = screen.getByRole('dialog', { name: 'Prediction result' });
    expect(within(dialog).getByText('Your prediction was wrong.')).toBeTruthy();
    expect(within(dialog).getByText('1 of 2 right')).toBeTruthy();
    expect(within(dialog).getByText('A group Deny is an explicit deny')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Deciding statement' })).toBeTruthy();
    expect(within(dialog).getByText('Group EC2-Support')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
