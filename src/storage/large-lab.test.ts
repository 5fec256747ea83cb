import { describe, expect, it } from 'vitest';
import { parseLabFile } from './lab-file';
import { countRecords } from './lab-snapshot';
import { LARGE_LAB_QUOTAS, largeLabFileText, scaledSizes } from './large-lab';

describe('largeLabFileText', () => {
  const sizes = scaledSizes(0.02);
  const text = largeLabFileText({ sizes });

  it('makes a lab file the import accepts, with the asked-for counts', () => {
    const file = parseLabFile(text);
    const counts = countRecords(file.lab);
    expect(counts).toMatchObject({
      users: sizes.users,
      groups: sizes.groups,
      policies: sizes.policies,
      roles: sizes.roles,
      buckets: sizes.buckets,
      objects: sizes.objects,
      instances: sizes.instances,
    });
    expect(file.lab.stores.meta[0]).toMatchObject({ quotaIncreases: LARGE_LAB_QUOTAS });
  });

  it('is the same file every time', () => {
    expect(largeLabFileText({ sizes })).toBe(text);
  });

  it('keeps every user within the groups-per-user quota and names unique', () => {
    const file = parseLabFile(text);
    const perUser = new Map<string, number>();
    for (const m of file.lab.stores.memberships)
      perUser.set(m.userKey, (perUser.get(m.userKey) ?? 0) + 1);
    expect(Math.max(...perUser.values())).toBeLessThanOrEqual(10);
    const names = file.lab.stores.users.map((u) => u.key);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds granted quota increases only within what AWS grants', () => {
    const file = JSON.parse(text) as { lab: { stores: { meta: Record<string, unknown>[] } } };
    file.lab.stores.meta[0]!.quotaIncreases = { GroupsPerAccount: 600 };
    expect(() => parseLabFile(JSON.stringify(file))).toThrow(
      /GroupsPerAccount cannot be raised above 500/,
    );
    file.lab.stores.meta[0]!.quotaIncreases = { GroupsPerAccount: 200 };
    expect(() => parseLabFile(JSON.stringify(file))).toThrow(/cannot be below its default of 300/);
  });

  it('has an administrator: lab-admin, in Administrators, which has AdministratorAccess', () => {
    const { stores } = parseLabFile(text).lab;
    expect(stores.memberships.filter((m) => m.userKey === 'lab-admin')).toEqual([
      expect.objectContaining({ groupKey: 'administrators' }),
    ]);
    expect(stores.attachments).toContainEqual(
      expect.objectContaining({
        principalKind: 'group',
        principalKey: 'administrators',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    );
  });

  it('scales to a tenth for the e2e lab', () => {
    expect(scaledSizes(0.1)).toMatchObject({ users: 500, groups: 50, policies: 500, roles: 100 });
  });
});
