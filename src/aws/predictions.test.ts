import { beforeEach, describe, expect, it } from 'vitest';
import type { EvalDecision } from '@/iam';
import { useFreshIndexedDb } from '@/storage/test-support';
import type { CallRecord, PredictionEntry } from '@/storage/types';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import {
  addPrediction,
  decisiveCall,
  getPredictionScore,
  getPredictMode,
  learnerAction,
  resetPredictionScore,
  setPredictionGate,
  setPredictMode,
  type PredictionQuestion,
  type PredictionReveal,
  type UnjudgedAction,
} from './predictions';
import { errorOf } from './test-support';

const root = rootCaller();
const user2 = userCaller('user-2');
const policy = (effect: string, action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: action, Resource: '*' }],
  });

/** A gate that answers every question with `answer` and keeps what it was shown. */
function recordingGate(answer: EvalDecision | undefined) {
  const asked: PredictionQuestion[] = [];
  const revealed: Array<PredictionReveal | UnjudgedAction> = [];
  setPredictionGate({
    ask: (question) => {
      asked.push(question);
      return Promise.resolve(answer);
    },
    reveal: (outcome) => {
      revealed.push(outcome);
      return Promise.resolve();
    },
  });
  return { asked, revealed };
}

beforeEach(async () => {
  await useFreshIndexedDb();
  setPredictionGate(undefined);
  // user-2 may do anything in IAM, except what its group S3-Support denies: creating users.
  await iam.createUser(root, { userName: 'user-2' });
  await iam.putUserPolicy(root, 'user-2', 'AllIam', policy('Allow', 'iam:*'));
  await iam.createGroup(root, { groupName: 'S3-Support' });
  await iam.putGroupPolicy(root, 'S3-Support', 'NoNewUsers', policy('Deny', 'iam:CreateUser'));
  await iam.addUserToGroup(root, 'S3-Support', 'user-2');
});

describe('learnerAction in predict mode', () => {
  it('asks before the call, judges a wrong guess on a group Deny and keeps the score', async () => {
    await setPredictMode(true);
    const gate = recordingGate('allowed');
    const error = await errorOf(learnerAction(() => iam.createUser(user2, { userName: 'user-9' })));
    expect(error.code).toBe('AccessDenied');
    expect(gate.asked).toEqual([
      expect.objectContaining({
        operation: 'CreateUser',
        action: 'iam:CreateUser',
        resource: 'arn:aws:iam::123456789012:user/user-9',
        caller: user2,
      }),
    ]);
    const [reveal] = gate.revealed as PredictionReveal[];
    expect(reveal?.entry).toMatchObject({
      predicted: 'allowed',
      actual: 'explicitDeny',
      correct: false,
      tags: ['group-deny'],
    });
    expect(reveal?.call.explanation?.decisive[0]?.attachedVia).toBe('Group S3-Support');
    const score = await getPredictionScore();
    expect([score.total, score.correct, score.misconceptions]).toEqual([1, 0, { 'group-deny': 1 }]);
  });

  it('counts a right guess, with no tag, and lets the action succeed', async () => {
    await setPredictMode(true);
    const gate = recordingGate('allowed');
    await learnerAction(() => iam.createGroup(user2, { groupName: 'Ops' }));
    expect((gate.revealed[0] as PredictionReveal).entry).toMatchObject({
      operation: 'CreateGroup',
      actual: 'allowed',
      correct: true,
      tags: [],
    });
    const score = await getPredictionScore();
    expect([score.total, score.correct, score.recent.length]).toEqual([1, 1, 1]);
    expect((await iam.listGroups(root)).map((g) => g.groupName)).toContain('Ops');
  });

  it('asks once for an action of several calls and judges it on the first denied', async () => {
    await setPredictMode(true);
    const gate = recordingGate('allowed');
    await errorOf(
      learnerAction(async () => {
        await iam.createGroup(user2, { groupName: 'Ops' });
        await iam.createUser(user2, { userName: 'user-9' });
      }),
    );
    expect(gate.asked.map((q) => q.operation)).toEqual(['CreateGroup']);
    expect((gate.revealed[0] as PredictionReveal).entry).toMatchObject({
      operation: 'CreateGroup',
      action: 'iam:CreateUser',
      actual: 'explicitDeny',
      tags: ['group-deny'],
    });
  });

  it('reveals without scoring when the call fails before anything is authorized', async () => {
    await setPredictMode(true);
    const gate = recordingGate('allowed');
    const error = await errorOf(learnerAction(() => iam.createGroup(user2, { groupName: 'a b' })));
    expect(error.code).toBe('ValidationError');
    const [outcome] = gate.revealed as UnjudgedAction[];
    expect([outcome?.predicted, outcome?.call?.errorCode]).toEqual(['allowed', 'ValidationError']);
    expect((await getPredictionScore()).total).toBe(0);
  });

  it('asks nothing with the mode off, nor for calls outside a learner action', async () => {
    const gate = recordingGate('allowed');
    await learnerAction(() => iam.listUsers(user2));
    await setPredictMode(true);
    await iam.listUsers(user2);
    expect(gate.asked).toEqual([]);
    expect((await getPredictionScore()).total).toBe(0);
  });

  it('scores nothing when the learner skips', async () => {
    await setPredictMode(true);
    const gate = recordingGate(undefined);
    await learnerAction(() => iam.createGroup(user2, { groupName: 'Ops' }));
    expect([gate.asked.length, gate.revealed.length]).toEqual([1, 0]);
    expect((await getPredictionScore()).total).toBe(0);
  });

  it('saves the mode and resets the score, per lab', async () => {
    expect(await getPredictMode()).toBe(false);
    await setPredictMode(true);
    expect(await getPredictMode()).toBe(true);
    recordingGate('implicitDeny');
    await learnerAction(() => iam.createGroup(user2, { groupName: 'Ops' }));
    expect((await getPredictionScore()).total).toBe(1);
    await resetPredictionScore();
    expect(await getPredictionScore()).toMatchObject({ total: 0, correct: 0, recent: [] });
  });
});

const entry = (correct: boolean, tags: PredictionEntry['tags']): PredictionEntry => ({
  time: '2026-01-01T00:00:00.000Z',
  principalArn: user2.arn,
  operation: 'StopInstances',
  action: 'ec2:StopInstances',
  resource: '*',
  predicted: 'allowed',
  actual: correct ? 'allowed' : 'explicitDeny',
  correct,
  tags,
});

describe('addPrediction', () => {
  it('adds to the totals and to each tag behind a wrong guess, newest first, capped', () => {
    let score = addPrediction(
      { key: 'prediction-score', total: 0, correct: 0, misconceptions: {}, recent: [] },
      entry(true, []),
    );
    score = addPrediction(score, entry(false, ['group-deny', 'notaction-allow']));
    score = addPrediction(score, entry(false, ['group-deny']));
    expect([score.total, score.correct]).toEqual([3, 1]);
    expect(score.misconceptions).toEqual({ 'group-deny': 2, 'notaction-allow': 1 });
    expect(score.recent.map((e) => e.tags.length)).toEqual([1, 2, 0]);
    for (let i = 0; i < 60; i++) score = addPrediction(score, entry(true, []));
    expect([score.total, score.recent.length]).toEqual([63, 50]);
  });
});

const record = (action: string, decision?: CallRecord['decision']): CallRecord => ({
  time: '',
  epochMs: 0,
  principalArn: user2.arn,
  principalType: 'IAMUser',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'RunInstances',
  action,
  resource: '*',
  region: 'us-east-1',
  context: {},
  ...(decision && { decision }),
});

describe('decisiveCall', () => {
  it.each([
    [
      'the first denied',
      [record('a', 'allowed'), record('b', 'implicitDeny'), record('c', 'explicitDeny')],
      'b',
    ],
    [
      'else the main action',
      [record('iam:PassRole', 'allowed'), record('ec2:RunInstances', 'allowed')],
      'ec2:RunInstances',
    ],
    ['else the first decided', [record('x'), record('a', 'allowed')], 'a'],
  ] as const)('%s', (_name, records, expected) => {
    expect(decisiveCall(records, 'ec2:RunInstances')?.action).toBe(expected);
  });

  it('is undefined when nothing was decided', () => {
    expect(decisiveCall([record('x')], 'x')).toBeUndefined();
  });
});
