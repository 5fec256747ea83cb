import { beforeEach, describe, expect, it } from 'vitest';
import { writeTx } from './db';
import { loadIamUsersAndGroups, resetLabStorage } from './lab-admin';
import {
  LAB_FILE_FORMAT,
  LabFileError,
  SCENARIO_FILE_FORMAT,
  labFileText,
  parseLabFile,
  type LabFile,
} from './lab-file';
import { readLabSnapshot, replaceLabWithSnapshot, type LabSnapshot } from './lab-snapshot';
import { writeCalls } from './logs';
import { LAB_DB_VERSION } from './schema';
import { useFreshIndexedDb } from './test-support';

const password = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 1,
  salt: 'AAAA',
  hash: 'AAAA',
} as const;

async function seededLab(): Promise<void> {
  await loadIamUsersAndGroups(password);
  await writeTx((tx) =>
    writeCalls(tx, [
      {
        time: '2026-01-01T00:00:00.000Z',
        epochMs: 1,
        principalArn: 'arn:aws:iam::123456789012:root',
        principalType: 'Root',
        eventSource: 'iam.amazonaws.com',
        eventName: 'ListUsers',
        action: 'iam:ListUsers',
        resource: '*',
        region: 'us-east-1',
        decision: 'allowed',
        context: { 'aws:SecureTransport': true },
      },
    ]),
  );
}

function exportFile(lab: LabSnapshot): LabFile {
  return { format: LAB_FILE_FORMAT, version: 1, exportedAt: 't', name: 'My lab', lab };
}

type Json = Record<string, unknown>;

/** The file's JSON as a plain object, to break in one place. */
async function fileJson(): Promise<Json> {
  return JSON.parse(labFileText(exportFile(await readLabSnapshot()))) as Json;
}

/** The object at `path` inside the file's JSON. */
function at(file: Json, ...path: PropertyKey[]): Json {
  return path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], file) as Json;
}

/** The records of one store. */
function records(file: Json, store: string): Json[] {
  return at(file, 'lab', 'stores')[store] as Json[];
}

beforeEach(async () => {
  await useFreshIndexedDb();
  await seededLab();
});

describe('lab snapshot and lab file', () => {
  it('round-trips the whole lab, object bytes and logs included', async () => {
    const before = await readLabSnapshot();
    expect(before.stores.objects.length).toBeGreaterThan(0);
    expect(before.stores.objects[0]?.body).toBeInstanceOf(Uint8Array);
    expect(before.stores.calls).toHaveLength(1);

    const parsed = parseLabFile(labFileText(exportFile(before)));
    expect(parsed.lab).toEqual(before);

    await resetLabStorage();
    await replaceLabWithSnapshot(parsed.lab);
    const after = await readLabSnapshot();
    expect(after).toEqual(before);
    expect(Array.from(after.stores.objects[0]?.body ?? [])).toEqual(
      Array.from(before.stores.objects[0]?.body ?? []),
    );
  });

  it('without logs, the import is logged as the lab’s first changes', async () => {
    const snapshot = await readLabSnapshot({ withoutLogs: true });
    expect(snapshot.stores.changes).toEqual([]);
    expect(snapshot.stores.calls).toEqual([]);
    await replaceLabWithSnapshot(snapshot);
    const after = await readLabSnapshot();
    expect(after.stores.users).toEqual(snapshot.stores.users);
    expect(after.stores.calls).toEqual([]);
    expect(new Set(after.stores.changes.map((c) => c.operation))).toEqual(new Set(['ImportLab']));
    expect(after.stores.changes).toHaveLength(
      Object.values(snapshot.stores).reduce((n, records) => n + records.length, 0),
    );
  });

  it('a write that fails half-way leaves the old lab exactly as it was', async () => {
    const before = labFileText(exportFile(await readLabSnapshot()));
    const broken = await readLabSnapshot();
    // A record without its key: IndexedDB refuses it after the stores were already cleared.
    broken.stores.instances.push({ name: 'no id' } as never);
    await expect(replaceLabWithSnapshot(broken)).rejects.toThrow();
    expect(labFileText(exportFile(await readLabSnapshot()))).toBe(before);
  });
});

type Breaker = (file: Json) => unknown;

describe('parseLabFile refuses hostile input, naming where', () => {
  it.each<[string, Breaker | string, RegExp]>([
    ['truncated JSON', 'TRUNCATE', /not valid JSON \(is it cut short\?\)/],
    ['not an object', '[1,2,3]', /holds no JSON object/],
    ['no format', (f) => delete f.format, /it has no "format" field/],
    ['unknown format', (f) => (f.format = 'other-app'), /its format is "other-app"/],
    ['newer file version', (f) => (f.version = 2), /made by a newer version.*file version 2/],
    [
      'newer schema version',
      (f) => (at(f, 'lab').schemaVersion = LAB_DB_VERSION + 1),
      /made by a newer version.*lab schema version/,
    ],
    [
      'a wrong type',
      (f) => (at(f, 'lab', 'stores', 'users', 0).userName = 42),
      /lab\.stores\.users\[0\]\.userName: Invalid input: expected string, received number/,
    ],
    [
      'an unknown field',
      (f) => (at(f, 'lab', 'stores', 'users', 0).isAdmin = true),
      /users\[0\].*isAdmin/,
    ],
    ['an unknown store', (f) => (at(f, 'lab', 'stores').secrets = []), /lab\.stores.*secrets/],
    [
      'a key that is not the name in lower case',
      (f) => (at(f, 'lab', 'stores', 'users', 0).key = 'someone-else'),
      /users\[0\]: key must be the user name in lower case/,
    ],
    [
      'an object body that is not base64',
      (f) => (at(f, 'lab', 'stores', 'objects', 0).body = '<script>'),
      /objects\[0\]\.body/,
    ],
    [
      'an object size that does not match its body',
      (f) => (at(f, 'lab', 'stores', 'objects', 0).size = 1e9),
      /objects\[0\]: size must be the length of the body/,
    ],
    [
      'a membership of a user not in the file',
      (f) => (at(f, 'lab', 'stores', 'memberships', 0).userKey = 'ghost'),
      /memberships\[0\]\.userKey: names the user "ghost"/,
    ],
    [
      'an attachment to a group not in the file',
      (f) => {
        const attachment = records(f, 'attachments').find((a) => a.principalKind === 'group');
        if (attachment) attachment.principalKey = 'nobody';
      },
      /attachments\[\d+\]\.principalKey: names the group "nobody"/,
    ],
    [
      'an object in a bucket not in the file',
      (f) => (at(f, 'lab', 'stores').buckets = []),
      /names the bucket/,
    ],
    [
      'two users with one key',
      (f) => records(f, 'users').push(records(f, 'users')[0] as Json),
      /users\[\d\]: a second record with key "user-1"/,
    ],
    ['no account', (f) => (at(f, 'lab', 'stores').meta = []), /the lab has no account record/],
    [
      'more groups than the account may hold',
      (f) => {
        const groups = records(f, 'groups');
        const first = groups[0] as Json;
        for (let i = 0; i < 300; i++) {
          const groupName = `extra-${i}`;
          groups.push({ ...first, key: groupName, groupName, groupId: `AGPAEXTRA${i}` });
        }
      },
      /lab\.stores\.groups: it holds 30\d groups, over the account's GroupsPerAccount quota of 300/,
    ],
    [
      'a settings record that is not an object',
      (f) => (at(f, 'lab', 'stores').labSettings = [7]),
      /labSettings\[0\]: Invalid input/,
    ],
    [
      'another account ID',
      (f) => (at(f, 'lab', 'stores', 'meta', 0).accountId = '999999999999'),
      /meta\[0\]\.accountId: The lab account ID must be 123456789012/,
    ],
    [
      'a change whose record is malformed',
      (f) => {
        const change = records(f, 'changes').find((c) => c.store === 'users');
        if (change) (change.after as Json).arn = 7;
      },
      /changes\[\d+\]\.after\.arn/,
    ],
    [
      'a change whose record key is not a key',
      (f) => (at(f, 'lab', 'stores', 'changes', 0).recordKey = '{"a":1}'),
      /changes\[0\]\.recordKey: recordKey must be a record key as JSON/,
    ],
    [
      'a scenario with a log',
      (f) => {
        f.format = SCENARIO_FILE_FORMAT;
        delete f.exportedAt;
        f.id = 'x';
        f.description = '';
      },
      /A scenario holds no change or call log/,
    ],
  ])('%s', async (_name, breaker, expected) => {
    const file = await fileJson();
    let text: string;
    if (breaker === 'TRUNCATE') {
      const full = JSON.stringify(file);
      text = full.slice(0, full.length / 2);
    } else if (typeof breaker === 'string') {
      text = breaker;
    } else {
      breaker(file);
      text = JSON.stringify(file);
    }
    expect(() => parseLabFile(text)).toThrow(LabFileError);
    expect(() => parseLabFile(text)).toThrow(expected);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a "%s" key anywhere, without polluting any prototype',
    async (key) => {
      const text = JSON.stringify(await fileJson()).replace(
        '"userName":"user-1"',
        `"userName":"user-1","${key}":{"polluted":true,"isAdmin":true}`,
      );
      expect(() => parseLabFile(text)).toThrow(
        new RegExp(`"${key}" at lab\\.stores\\.users\\[\\d\\]\\.${key}`),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('isAdmin');
    },
  );

  it('refuses text over the size cap before parsing it', () => {
    expect(() => parseLabFile(' '.repeat(25 * 1024 * 1024 + 1))).toThrow(/too large.*25 MB/);
  });

  it('keeps a scenario’s walkthrough, checked, and leaves unknown settings out', async () => {
    const file = await fileJson();
    Object.assign(file, { format: SCENARIO_FILE_FORMAT, id: 'x', description: 'd' });
    delete file.exportedAt;
    const stores = at(file, 'lab', 'stores');
    stores.changes = [];
    stores.calls = [];
    stores.labSettings = [{ key: 'predictions', score: 3 }];
    const walkthrough = {
      id: 'lesson',
      title: 'Lesson',
      scenarioId: 'lesson',
      intro: 'One step.',
      steps: [
        {
          id: 'one',
          title: 'Step 1',
          text: 'Create user-9.',
          hints: [],
          check: { kind: 'exists', entity: 'user', name: 'user-9' },
        },
      ],
    };
    file.walkthrough = walkthrough;
    const parsed = parseLabFile(JSON.stringify(file));
    expect(parsed.format === SCENARIO_FILE_FORMAT && parsed.walkthrough).toEqual(walkthrough);
    expect(parsed.lab.stores.labSettings).toEqual([]);

    file.walkthrough = { steps: [{ title: 'Step 1' }] };
    expect(() => parseLabFile(JSON.stringify(file))).toThrow(/walkthrough\.id/);
  });
});

describe('lab settings in a file', () => {
  const settings = [
    { key: 'predict-mode', enabled: true },
    {
      key: 'prediction-score',
      total: 1,
      correct: 0,
      misconceptions: { 'group-deny': 1 },
      recent: [
        {
          time: 't',
          principalArn: 'arn:aws:iam::123456789012:user/user-2',
          operation: 'StopInstances',
          action: 'ec2:StopInstances',
          resource: '*',
          predicted: 'allowed',
          actual: 'explicitDeny',
          correct: false,
          tags: ['group-deny'],
        },
      ],
    },
    { key: 'undo-history', undo: [{ txId: 1, operation: 'CreateUser' }], redo: [] },
  ];

  it('keeps predict mode, the score and the undo steps of a lab export', async () => {
    const file = await fileJson();
    records(file, 'labSettings').push(...settings);
    const parsed = parseLabFile(JSON.stringify(file));
    expect(parsed.lab.stores.labSettings).toEqual(settings);
  });

  it('refuses a score with an unknown misconception', async () => {
    const file = await fileJson();
    records(file, 'labSettings').push({ ...settings[1], misconceptions: { 'made-up': 1 } });
    expect(() => parseLabFile(JSON.stringify(file))).toThrow(/labSettings\[0\]/);
  });

  it('leaves the undo steps out of a lab written without its log', async () => {
    const file = await fileJson();
    records(file, 'labSettings').push(...settings);
    const lab = parseLabFile(JSON.stringify(file)).lab;
    lab.stores.changes = [];
    lab.stores.calls = [];
    await replaceLabWithSnapshot(lab);
    const keys = (await readLabSnapshot()).stores.labSettings.map((r) => r.key);
    expect(keys.sort()).toEqual(['predict-mode', 'prediction-score']);
  });
});
