import { beforeEach, describe, expect, it } from 'vitest';
import { deflateToBase64Url } from '@/lib/deflate-base64url';
import { resetDbConnection } from '@/storage/db';
import { loadIamUsersAndGroups, readUserNames } from '@/storage/lab-admin';
import { labFileText } from '@/storage/lab-file';
import { readLabSnapshot } from '@/storage/lab-snapshot';
import { useFreshIndexedDb } from '@/storage/test-support';
import {
  MAX_SHARE_LINK_LENGTH,
  exportLab,
  exportScenario,
  importAsNewLab,
  openShareLink,
  readLabFile,
  replaceCurrentLab,
  shareLink,
} from './lab-files';
import { createLab, deleteLab, listLabs, renameLab, switchToLab } from './labs';

const password = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 1,
  salt: 'AAAA',
  hash: 'AAAA',
} as const;
const PREFIX = 'http://127.0.0.1/lab/#/scenarios/open?s=';

function fileOf(text: string, name = 'lab.json'): Blob & { name: string } {
  return Object.assign(new Blob([text]), { name });
}

async function labText(): Promise<string> {
  return labFileText({
    format: 'iam-console-lab',
    version: 1,
    exportedAt: 't',
    name: 'x',
    lab: await readLabSnapshot(),
  });
}

beforeEach(async () => {
  await useFreshIndexedDb();
  await loadIamUsersAndGroups(password);
});

describe('labs side by side', () => {
  it('creates, duplicates, renames, switches between and deletes labs', async () => {
    const blank = await createLab('Blank one', 'blank');
    const copy = await createLab('Copy', 'current');
    await expect(createLab('copy', 'blank')).rejects.toThrow('A lab named "copy" already exists.');
    expect(
      (await listLabs()).map((l) => `${l.name}${l.current ? ' (current)' : ''}`).sort(),
    ).toEqual(['Blank one', 'Copy', 'My lab (current)']);

    await switchToLab(blank.labId);
    expect(await readUserNames()).toEqual([]);
    await switchToLab(copy.labId);
    expect((await readUserNames()).sort()).toEqual(['user-1', 'user-2', 'user-3']);

    // The choice survives a reload (a new connection reads it from the catalog).
    await resetDbConnection();
    expect((await listLabs()).find((l) => l.current)?.name).toBe('Copy');

    await renameLab(blank.labId, '  Renamed ');
    await expect(deleteLab(copy.labId)).rejects.toThrow('The current lab cannot be deleted');
    await deleteLab(blank.labId);
    expect((await listLabs()).map((l) => l.name).sort()).toEqual(['Copy', 'My lab']);
  });
});

describe('import', () => {
  it('previews a lab export before anything is replaced, then replaces the lab', async () => {
    const exported = await exportLab();
    expect(exported.fileName).toBe('my-lab.lab.json');
    await createLab('Other', 'blank');
    const other = (await listLabs()).find((l) => l.name === 'Other');
    await switchToLab(other?.labId ?? '');

    const preview = await readLabFile(fileOf(exported.text, exported.fileName));
    expect(preview).toMatchObject({
      fileName: 'my-lab.lab.json',
      formatLabel: 'Lab export',
      name: 'My lab',
      counts: {
        users: 3,
        groups: 3,
        roles: 2,
        customerPolicies: 0,
        buckets: 1,
        objects: 3,
        instances: 2,
      },
    });
    expect(await readUserNames()).toEqual([]);
    await replaceCurrentLab(preview.file);
    expect((await readUserNames()).sort()).toEqual(['user-1', 'user-2', 'user-3']);
  });

  it('imports as a new lab with a name of its own, and switches to it', async () => {
    const preview = await readLabFile(fileOf((await exportLab()).text));
    const lab = await importAsNewLab(preview.file);
    expect(lab.name).toBe('My lab (2)');
    expect((await listLabs()).find((l) => l.current)?.labId).toBe(lab.labId);
    expect((await readUserNames()).length).toBe(3);
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, 500), /not valid JSON/],
    ['a newer version', (t: string) => t.replace('"version":1', '"version":9'), /newer version/],
    ['a prototype key', (t: string) => t.replace('{', '{"__proto__":{},'), /"__proto__"/],
  ])('%s is refused and the lab stays byte-for-byte as it was', async (_n, breakIt, message) => {
    const before = await labText();
    await expect(readLabFile(fileOf(breakIt(before)))).rejects.toThrow(message);
    expect(await labText()).toBe(before);
  });

  it('refuses a file over 25 MB on its size, without reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: 26 * 2 ** 20,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob & { name: string };
    await expect(readLabFile(huge)).rejects.toThrow(
      'The file is too large (26.0 MB; the limit is 25 MB).',
    );
  });
});

describe('share links', () => {
  it('encode the lab as a scenario without logs, and decode to the same resources', async () => {
    const link = await shareLink(PREFIX);
    expect(link.startsWith(PREFIX)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    const preview = await openShareLink(link.slice(PREFIX.length));
    expect(preview.formatLabel).toBe('Scenario');
    const expected = await readLabSnapshot({ withoutLogs: true });
    expect(preview.file.lab).toEqual(expected);
  });

  it('refuse a lab over 8,000 characters, saying how long it is', async () => {
    // Random text does not compress: one inline policy of it makes the link too long.
    const bytes = crypto.getRandomValues(new Uint8Array(8000));
    const filler = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
    const { text } = await exportScenario();
    const file = JSON.parse(text) as { lab: { stores: { buckets: Array<{ policy?: string }> } } };
    const bucket = file.lab.stores.buckets[0];
    if (bucket) bucket.policy = filler;
    await replaceCurrentLab((await readLabFile(fileOf(JSON.stringify(file)))).file);
    await expect(shareLink(PREFIX)).rejects.toThrow(
      /^This lab is too large for a link \(\d{1,2},\d{3} characters; the limit is 8,000\)\. Export it as a file instead\.$/,
    );
  });

  it.each([
    ['no parameter', null, /its "s" parameter is missing/],
    ['characters outside base64url', 'abc$%', /This link is damaged/],
    ['base64url that is not deflate', 'aGVsbG8gd29ybGQ', /This link is damaged/],
  ])('a link with %s gets a clear error', async (_n, param, message) => {
    await expect(openShareLink(param)).rejects.toThrow(message);
  });

  it('a link to something that is not a scenario, or that expands too far, is refused', async () => {
    await expect(openShareLink(await deflateToBase64Url('{"format":"x"}'))).rejects.toThrow(
      /not an IAM Console Lab file/,
    );
    await expect(openShareLink(await deflateToBase64Url((await exportLab()).text))).rejects.toThrow(
      /holds a lab export, not a scenario/,
    );
    const bomb = await deflateToBase64Url(' '.repeat(26 * 2 ** 20));
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_LENGTH * 10);
    await expect(openShareLink(bomb)).rejects.toThrow(/more than an import accepts/);
  });
});

describe('a scenario file carries its walkthrough', () => {
  it('exports the built-in walkthrough of the loaded scenario, and no progress or score', async () => {
    const { startWalkthrough } = await import('./walkthrough-progress');
    await startWalkthrough('iam-users-and-groups');
    const { text } = await exportScenario();
    const file = JSON.parse(text) as {
      walkthrough?: { id: string };
      lab: { stores: { labSettings: { key: string }[] } };
    };
    expect(file.walkthrough?.id).toBe('iam-users-and-groups');
    expect(file.lab.stores.labSettings.map((r) => r.key)).not.toContain('walkthrough-progress');
  });

  it("makes an imported scenario's own walkthrough the lab's, runnable on the lab as it is", async () => {
    const { getLabWalkthrough, startWalkthrough, getActiveWalkthrough } =
      await import('./walkthrough-progress');
    const { text } = await exportScenario();
    const file = JSON.parse(text) as Record<string, unknown>;
    file['walkthrough'] = {
      id: 'my-lesson',
      title: 'My lesson',
      scenarioId: 'my-lesson',
      intro: 'Make a user.',
      steps: [
        {
          id: 'make-user',
          title: 'Create user-9',
          text: 'Create user-9.',
          hints: [],
          check: { kind: 'exists', entity: 'user', name: 'user-9' },
        },
      ],
    };
    const preview = await readLabFile(fileOf(JSON.stringify(file), 'lesson.scenario.json'));
    await replaceCurrentLab(preview.file);

    expect((await getLabWalkthrough())?.title).toBe('My lesson');
    await startWalkthrough('my-lesson');
    expect((await getActiveWalkthrough())?.current?.step.id).toBe('make-user');
    // The lab was not replaced by a built-in scenario: the imported users are still there.
    expect((await readUserNames()).sort()).toEqual(['user-1', 'user-2', 'user-3']);
  });

  it('refuses a scenario whose walkthrough is malformed', async () => {
    const { text } = await exportScenario();
    const file = JSON.parse(text) as Record<string, unknown>;
    file['walkthrough'] = { id: 'x', steps: 'none' };
    await expect(readLabFile(fileOf(JSON.stringify(file)))).rejects.toThrow(/walkthrough/);
  });
});
