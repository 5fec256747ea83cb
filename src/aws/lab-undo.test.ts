import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as lab from './lab';
import { errorOf } from './test-support';

const root = rootCaller();
const IAM_READ = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';

beforeEach(useFreshIndexedDb);

describe('lab undo, redo and timeline', () => {
  it('undo of a policy attachment takes the permission away again; redo gives it back', async () => {
    await iam.createUser(root, { userName: 'user-2' });
    await iam.attachUserPolicy(root, 'user-2', IAM_READ);
    const user2 = userCaller('user-2');
    await expect(iam.listUsers(user2)).resolves.toHaveLength(1);
    expect(await lab.getUndoState()).toEqual({ undo: 'AttachUserPolicy' });

    expect(await lab.undo()).toBe('AttachUserPolicy');
    expect((await errorOf(iam.listUsers(user2))).code).toBe('AccessDenied');
    expect(await lab.getUndoState()).toEqual({ undo: 'CreateUser', redo: 'AttachUserPolicy' });

    expect(await lab.redo()).toBe('AttachUserPolicy');
    await expect(iam.listUsers(user2)).resolves.toHaveLength(1);
  });

  it('lists actions newest first with what they changed, and restores to one of them', async () => {
    await iam.createUser(root, { userName: 'user-2' });
    await iam.attachUserPolicy(root, 'user-2', IAM_READ);
    const page = await lab.listTimeline({ maxResults: 2 });
    expect(page.actions.map((a) => a.operation)).toEqual(['AttachUserPolicy', 'CreateUser']);
    expect(page.actions[0]?.changes).toMatchObject([
      { resource: 'user/user-2 → policy IAMReadOnlyAccess', kind: 'Created', before: null },
    ]);
    expect(page.actions[1]?.changes[0]?.resource).toBe('user/user-2');
    expect(page.nextToken).toBeDefined();

    const created = page.actions[1];
    await lab.restoreToHere(created?.lastChangeId ?? 0);
    expect((await errorOf(iam.listUsers(userCaller('user-2')))).code).toBe('AccessDenied');
    expect(await lab.undo()).toBe('Restore to here');
    await expect(iam.listUsers(userCaller('user-2'))).resolves.toHaveLength(1);
  });
});
