import { beforeEach, describe, expect, it } from 'vitest';
import { writeAttachment } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { writeRole } from '@/storage/roles';
import { useFreshIndexedDb } from '@/storage/test-support';
import { readUser, writeUser } from '@/storage/users';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (action: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${action}","Resource":"*"}]}`;
const ARN = 'arn:aws:iam::123456789012:policy/S3Lister';

const createS3Lister = () =>
  iam.createPolicy(root, {
    policyName: 'S3Lister',
    policyDocument: doc('s3:ListAllMyBuckets'),
  });

beforeEach(useFreshIndexedDb);

describe('DeletePolicy', () => {
  it('refuses while attached or while other versions exist (DeleteConflict)', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    const attached = await errorOf(iam.deletePolicy(root, ARN));
    expect([attached.code, attached.message]).toEqual([
      'DeleteConflict',
      'Cannot delete a policy attached to entities.',
    ]);
    await iam.detachUserPolicy(root, 'dev', ARN);
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const versions = await errorOf(iam.deletePolicy(root, ARN));
    expect(versions.code).toBe('DeleteConflict');
    expect(versions.message).toMatch(/^This policy has more than one version\./);
    await iam.deletePolicyVersion(root, ARN, 'v2');
    await iam.deletePolicy(root, ARN);
    expect((await errorOf(iam.getPolicy(root, ARN))).message).toBe(`Policy ${ARN} was not found.`);
  });

  it('in the console detaches from users and groups and deletes the versions first', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await iam.createGroup(root, { groupName: 'Devs' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    await iam.attachGroupPolicy(root, 'Devs', ARN);
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), true);
    await iamConsole.deletePolicy(root, ARN);
    expect(await iam.listAttachedUserPolicies(root, 'dev')).toEqual([]);
    expect(await iam.listAttachedGroupPolicies(root, 'Devs')).toEqual([]);
    expect(await iam.listPolicies(root, { scope: 'Local' })).toEqual([]);
  });

  it('in the console also detaches from roles (DetachRolePolicy)', async () => {
    await createS3Lister();
    const time = new Date().toISOString();
    const meta = { principalArn: 'test', operation: 'CreateRole', time };
    await writeTx(async (tx) => {
      await writeRole(
        tx,
        {
          key: 'app',
          roleName: 'App',
          roleId: 'AROAEXAMPLEAPP',
          arn: 'arn:aws:iam::123456789012:role/App',
          path: '/',
          description: '',
          assumeRolePolicyDocument: '{}',
          maxSessionDuration: 3600,
          createDate: time,
          tags: [],
        },
        meta,
      );
      await writeAttachment(
        tx,
        { principalKind: 'role', principalKey: 'app', policyArn: ARN, createDate: time },
        meta,
      );
    });
    expect((await iam.listEntitiesForPolicy(root, ARN)).policyRoles.map((r) => r.roleName)).toEqual(
      ['App'],
    );
    await iamConsole.deletePolicy(root, ARN);
    const changes = await readTx((tx) => tx.objectStore('changes').getAll());
    expect(changes.map((c) => c.operation).slice(-2)).toEqual(['DetachRolePolicy', 'DeletePolicy']);
    const calls = await readTx((tx) => tx.objectStore('calls').getAll());
    expect(calls.slice(-2).map((c) => [c.eventName, c.resource])).toEqual([
      ['DetachRolePolicy', 'arn:aws:iam::123456789012:role/App'],
      ['DeletePolicy', ARN],
    ]);
  });

  it('in the console is all or nothing: a denied detach deletes nothing', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await iam.createUser(root, { userName: 'admin' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    await iam.putUserPolicy(root, 'admin', 'p', doc('iam:DeletePolicy'));
    const error = await errorOf(iamConsole.deletePolicy(userCaller('admin'), ARN));
    expect(error.message).toContain('iam:DetachUserPolicy');
    expect((await iam.listAttachedUserPolicies(root, 'dev')).map((p) => p.policyArn)).toEqual([
      ARN,
    ]);
  });

  it('still refuses a policy in use as a permissions boundary, and lists that use', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await writeTx(async (tx) => {
      const user = await readUser(tx, 'dev');
      if (user) {
        await writeUser(
          tx,
          { ...user, permissionsBoundary: ARN },
          {
            principalArn: 'test',
            operation: 'PutUserPermissionsBoundary',
            time: new Date().toISOString(),
          },
        );
      }
    });
    const boundary = await iam.listEntitiesForPolicy(root, ARN, 'PermissionsBoundary');
    expect(boundary.policyUsers.map((u) => u.userName)).toEqual(['dev']);
    expect((await iam.listEntitiesForPolicy(root, ARN, 'PermissionsPolicy')).policyUsers).toEqual(
      [],
    );
    expect(await iam.getPolicy(root, ARN)).toMatchObject({
      attachmentCount: 0,
      permissionsBoundaryUsageCount: 1,
    });
    expect((await errorOf(iamConsole.deletePolicy(root, ARN))).code).toBe('DeleteConflict');
    expect(await readTx((tx) => readUser(tx, 'dev'))).toMatchObject({ permissionsBoundary: ARN });
  });

  it('writes one change record per write, in the same transaction', async () => {
    await createS3Lister();
    const changes = await readTx((tx) => tx.objectStore('changes').getAll());
    expect(changes.filter((c) => c.operation === 'CreatePolicy').map((c) => c.store)).toEqual([
      'policies',
    ]);
  });
});
