// Issue 8 "Fuzzing": a corrupted or hostile lab file is refused with a LabFileError (a clear
// message, never another exception), and the lab in the browser is left byte-for-byte as it was.
// Mutations of a real export (src/iam/fuzz/mutate-policy.ts works on any JSON), 50 MB files and
// unknown versions; the named hostile cases are in src/storage/lab-file.test.ts.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { mutatedPolicy } from '@/iam/fuzz/mutate-policy';
import { loadIamUsersAndGroups } from '@/storage/lab-admin';
import { LabFileError, labFileText, parseLabFile } from '@/storage/lab-file';
import { readLabSnapshot } from '@/storage/lab-snapshot';
import { useFreshIndexedDb } from '@/storage/test-support';
import { exportLab, openShareLink, readLabFile } from './lab-files';

const password = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 1,
  salt: 'AAAA',
  hash: 'AAAA',
} as const;

function fileOf(text: string, name = 'lab.json'): Blob & { name: string } {
  return Object.assign(new Blob([text]), { name });
}

/** The whole lab, logs included, as the text an export writes: the byte-for-byte witness. */
async function labText(): Promise<string> {
  const lab = await readLabSnapshot();
  return labFileText({ format: 'iam-console-lab', version: 1, exportedAt: 't', name: 'x', lab });
}

/** What an import of `text` gives: the file, or the LabFileError (any other exception fails). */
async function imported(text: string): Promise<'accepted' | LabFileError> {
  try {
    await readLabFile(fileOf(text));
    return 'accepted';
  } catch (err) {
    if (err instanceof LabFileError) return err;
    throw err;
  }
}

beforeEach(async () => {
  await useFreshIndexedDb();
  await loadIamUsersAndGroups(password);
});

describe('hostile lab files', () => {
  it('a mutated or truncated export is accepted as a lab or refused with a LabFileError', async () => {
    const exported = JSON.parse((await exportLab()).text) as object;
    const before = await labText();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPolicy([exported]), async (text) => {
        const result = await imported(text);
        if (result !== 'accepted') {
          refused++;
          expect(result.message.length).toBeGreaterThan(10);
        }
        expect(await labText()).toBe(before);
      }),
      { numRuns: 120, seed: 8 },
    );
    // Most mutations break a lab; the property would prove little if none did.
    expect(refused).toBeGreaterThan(60);
  }, 60_000);

  it('a 50 MB file is refused on its size, whether read from disk or given as text', async () => {
    const before = await labText();
    const { text } = await exportLab();
    const padding = ' '.repeat(50 * 2 ** 20 - text.length);
    const huge = text.replace(/}$/, `${padding}}`);
    expect(huge.length).toBe(50 * 2 ** 20);
    await expect(readLabFile(fileOf(huge))).rejects.toThrow(
      new LabFileError('The file is too large (50.0 MB; the limit is 25 MB).'),
    );
    expect(() => parseLabFile(huge)).toThrow(LabFileError);
    expect(await labText()).toBe(before);
  }, 60_000);

  it.each<[string, unknown]>([
    ['version 0', 0],
    ['version 2', 2],
    ['a negative version', -1],
    ['a fractional version', 1.5],
    ['a version as text', '1'],
    ['a null version', null],
    ['an enormous version', 2 ** 53],
    ['a version as an object', { major: 1 }],
  ])('%s is refused with a LabFileError', async (_name, version) => {
    const before = await labText();
    const file = JSON.parse((await exportLab()).text) as Record<string, unknown>;
    file.version = version;
    const result = await imported(JSON.stringify(file));
    expect(result).toBeInstanceOf(LabFileError);
    expect(await labText()).toBe(before);
  });

  it.each<[string, unknown]>([
    ['schema version 0', 0],
    ['a newer schema version', 999],
    ['a schema version as text', 'eight'],
    ['no schema version', undefined],
  ])('a lab of %s is refused with a LabFileError', async (_name, schemaVersion) => {
    const before = await labText();
    const file = JSON.parse((await exportLab()).text) as { lab: Record<string, unknown> };
    file.lab.schemaVersion = schemaVersion;
    expect(await imported(JSON.stringify(file))).toBeInstanceOf(LabFileError);
    expect(await labText()).toBe(before);
  });

  it('a share link of arbitrary text is refused with a LabFileError', async () => {
    const before = await labText();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (param) => {
        await expect(openShareLink(param)).rejects.toBeInstanceOf(LabFileError);
      }),
      { numRuns: 100, seed: 8 },
    );
    expect(await labText()).toBe(before);
  });
});
