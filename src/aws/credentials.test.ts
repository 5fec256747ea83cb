import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '@/lib/totp';
import { userCaller } from './caller';
import { setLabClock } from './clock';
import { assignMfa, freshLabAtNow, NOW, root, userWithPassword } from './credentials-test-support';
import * as iam from './iam';
import { errorOf } from './test-support';

beforeEach(freshLabAtNow);
afterEach(() => setLabClock(undefined));

describe('access keys', () => {
  it('creates AKIA keys with a secret shown once, at most two (LimitExceeded)', async () => {
    await iam.createUser(root, { userName: 'alice' });
    const first = await iam.createAccessKeyWithDescription(root, 'alice', 'laptop CLI');
    expect(first.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(first.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect((await iam.getUser(root, 'alice')).tags).toEqual([
      { Key: first.accessKeyId, Value: 'laptop CLI' },
    ]);
    await iam.createAccessKey(root, 'alice');
    const error = await errorOf(iam.createAccessKey(root, 'alice'));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for AccessKeysPerUser: 2',
    ]);
    const listed = await iam.listAccessKeys(root, 'alice');
    expect(listed).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(first.secretAccessKey);
  });

  it('deactivates, activates and deletes; DeleteUser refuses while keys remain', async () => {
    await iam.createUser(root, { userName: 'alice' });
    const key = await iam.createAccessKey(root, 'alice');
    await iam.updateAccessKey(root, 'alice', key.accessKeyId, 'Inactive');
    expect((await iam.listAccessKeys(root, 'alice'))[0]?.status).toBe('Inactive');
    expect((await errorOf(iam.deleteUser(root, 'alice'))).message).toBe(
      'Cannot delete entity, must delete access keys first.',
    );
    await iam.deleteAccessKey(root, 'alice', key.accessKeyId);
    expect(await iam.listAccessKeys(root, 'alice')).toEqual([]);
    const gone = await errorOf(iam.deleteAccessKey(root, 'alice', key.accessKeyId));
    expect(gone.message).toBe(`The Access Key with id ${key.accessKeyId} cannot be found.`);
  });

  it('is denied to a user without iam:CreateAccessKey, in AWS words', async () => {
    await iam.createUser(root, { userName: 'alice' });
    const error = await errorOf(iam.createAccessKey(userCaller('alice'), 'alice'));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateAccessKey on resource: arn:aws:iam::123456789012:user/alice because no identity-based policy allows the iam:CreateAccessKey action',
    );
  });
});

describe('virtual MFA devices', () => {
  it('needs two consecutive codes (InvalidAuthenticationCode otherwise)', async () => {
    await iam.createUser(root, { userName: 'alice' });
    const device = await iam.createVirtualMFADevice(root, 'alice-phone', 'alice@lab');
    expect(device.qrCodeUri).toContain(`secret=${device.base32StringSeed}`);
    const seed = device.base32StringSeed;
    const error = await errorOf(
      iam.enableMFADevice(
        root,
        'alice',
        device.serialNumber,
        totpCode(seed, NOW),
        totpCode(seed, NOW),
      ),
    );
    expect([error.code, error.message]).toEqual([
      'InvalidAuthenticationCode',
      'Authentication code for device is not valid.',
    ]);
    expect(await iam.listMFADevices(root, 'alice')).toEqual([]);
    await iam.enableMFADevice(
      root,
      'alice',
      device.serialNumber,
      totpCode(seed, NOW - 30_000),
      totpCode(seed, NOW),
    );
    expect(await iam.listMFADevices(root, 'alice')).toMatchObject([
      { deviceName: 'alice-phone', serialNumber: 'arn:aws:iam::123456789012:mfa/alice-phone' },
    ]);
    await iam.removeUserMfaDevice(root, 'alice', device.serialNumber);
    expect(await iam.listMFADevices(root, 'alice')).toEqual([]);
  });

  it('refuses a second device of the same name', async () => {
    await iam.createVirtualMFADevice(root, 'phone', 'a@lab');
    const error = await errorOf(iam.createVirtualMFADevice(root, 'phone', 'a@lab'));
    expect(error.code).toBe('EntityAlreadyExists');
  });
});

describe('root MFA', () => {
  it('is managed by root only, and shows in the summary, report and recommendations', async () => {
    const { getSecurityRecommendations } = await import('./security-recommendations');
    const device = await iam.createVirtualMFADevice(root, 'root-phone', 'root@lab');
    const seed = device.base32StringSeed;
    await iam.createUser(root, { userName: 'alice' });
    const denied = await errorOf(iam.listRootMfaDevices(userCaller('alice')));
    expect(denied.code).toBe('AccessDenied');
    await iam.enableRootMfaDevice(
      root,
      device.serialNumber,
      totpCode(seed, NOW - 30_000),
      totpCode(seed, NOW),
    );
    expect((await iam.listRootMfaDevices(root)).map((d) => d.deviceName)).toEqual(['root-phone']);
    expect((await iam.getAccountSummary(root)).AccountMFAEnabled).toBe(1);
    expect((await getSecurityRecommendations(root)).rootMfa).toBe(true);
    await iam.generateCredentialReport(root);
    const rootRow = (await iam.getCredentialReport(root)).content.split('\n')[1]?.split(',');
    expect(rootRow?.[7]).toBe('true');
    await iam.removeRootMfaDevice(root, device.serialNumber);
    expect(await iam.listRootMfaDevices(root)).toEqual([]);
  });
});

describe("the console's Delete user", () => {
  it('removes the access keys and MFA devices first', async () => {
    const { deleteUser } = await import('./console-deletes');
    await userWithPassword('alice');
    await assignMfa('alice');
    await iam.createAccessKey(root, 'alice');
    await deleteUser(root, 'alice');
    expect(await iam.listUsers(root)).toEqual([]);
    // The device's name is free again.
    await iam.createVirtualMFADevice(root, 'alice-phone', 'alice@lab');
  });
});
