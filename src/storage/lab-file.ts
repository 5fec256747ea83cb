// The lab's two file formats, a lab export and a scenario, and the one way in for both: text from
// a file or a share link is parsed, checked and decoded here, and anything wrong is refused with
// a message naming where. Nothing is written until a file has passed.

import { z } from './zod';
import { checkReferences } from './lab-file-references';
import { encodeRecord, LAB_SETTING_KEYS, recordSchemas } from './lab-record-schemas';
import type { LabSnapshot, SnapshotStores } from './lab-snapshot';
import { LAB_DB_VERSION, LAB_STORES, type LabStore } from './schema';
import { walkthroughSchema, type Walkthrough } from './walkthrough-schema';

export const LAB_FILE_FORMAT = 'iam-console-lab';
export const SCENARIO_FILE_FORMAT = 'iam-console-lab-scenario';
export const LAB_FILE_VERSION = 1;
/** The largest file an import reads (checked on the file's size, before reading it). */
export const MAX_LAB_FILE_BYTES = 25 * 1024 * 1024;

/** A file or link that cannot be opened; the message is for the learner, in plain words. */
export class LabFileError extends Error {
  override name = 'LabFileError';
}

export interface LabExportFile {
  format: typeof LAB_FILE_FORMAT;
  version: typeof LAB_FILE_VERSION;
  exportedAt: string;
  name: string;
  lab: LabSnapshot;
}

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: typeof LAB_FILE_VERSION;
  id: string;
  name: string;
  description: string;
  /** Without the change and call logs. */
  lab: LabSnapshot;
  /** The scenario's guided walkthrough, if it has one. */
  walkthrough?: Walkthrough;
}

export type LabFile = LabExportFile | ScenarioFile;

/** Keys that could reach an object's prototype if anything ever copied them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The file's JSON text, bodies in base64. */
export function labFileText(file: LabFile): string {
  const stores: Record<string, unknown[]> = {};
  for (const store of LAB_STORES) {
    stores[store] = (file.lab.stores[store] as unknown[]).map((r) => encodeRecord(store, r));
  }
  return JSON.stringify({ ...file, lab: { schemaVersion: file.lab.schemaVersion, stores } });
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(the whole file)';
}

/** Finds a forbidden key anywhere in the parsed value (JSON.parse keeps "__proto__" as own key). */
function findForbiddenKey(value: unknown): { key: string; at: string } | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((v, i) => stack.push({ value: v, path: [...item.path, i] }));
      continue;
    }
    for (const [key, v] of Object.entries(item.value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, at: pathText([...item.path, key]) };
      stack.push({ value: v, path: [...item.path, key] });
    }
  }
  return undefined;
}

function storeArray<S extends LabStore>(store: S) {
  const records = z.array(recordSchemas[store] as z.ZodType<SnapshotStores[S][number]>);
  if (store !== 'labSettings') return records.default([]);
  // Settings records of kinds this version does not know are left out rather than trusted.
  return z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((r) => !isOtherSetting(r)) : value),
    records.default([]),
  );
}

/** A settings record of a kind this file has no schema for (anything else is checked). */
function isOtherSetting(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { key } = record as { key?: unknown };
  return typeof key === 'string' && !LAB_SETTING_KEYS.has(key);
}

const storesSchema = z.strictObject(
  Object.fromEntries(LAB_STORES.map((store) => [store, storeArray(store)])) as unknown as {
    [S in LabStore]: z.ZodType<SnapshotStores[S]>;
  },
);

const snapshotSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  stores: storesSchema,
});

const labExportSchema = z.strictObject({
  format: z.literal(LAB_FILE_FORMAT),
  version: z.literal(LAB_FILE_VERSION),
  exportedAt: z.string(),
  name: z.string().min(1).max(100),
  lab: snapshotSchema,
});

const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FILE_FORMAT),
  version: z.literal(LAB_FILE_VERSION),
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  description: z.string().max(10_000),
  lab: snapshotSchema.refine(
    (s) => s.stores.changes.length === 0 && s.stores.calls.length === 0,
    'A scenario holds no change or call log',
  ),
  walkthrough: walkthroughSchema.optional(),
});

function newerVersion(what: string): LabFileError {
  return new LabFileError(
    `This file was made by a newer version of IAM Console Lab (${what}). Update the app, or export the lab again from the version that made it.`,
  );
}

/** Checks the envelope first, so an unknown format or a newer version gets its own message. */
function checkEnvelope(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LabFileError('This is not an IAM Console Lab file: it holds no JSON object.');
  }
  const { format, version, lab } = value as Record<string, unknown>;
  if (format !== LAB_FILE_FORMAT && format !== SCENARIO_FILE_FORMAT) {
    throw new LabFileError(
      typeof format === 'string'
        ? `This is not an IAM Console Lab file: its format is "${format.slice(0, 100)}", not "${LAB_FILE_FORMAT}" or "${SCENARIO_FILE_FORMAT}".`
        : 'This is not an IAM Console Lab file: it has no "format" field.',
    );
  }
  if (typeof version === 'number' && version > LAB_FILE_VERSION) {
    throw newerVersion(`file version ${version}; this app reads version ${LAB_FILE_VERSION}`);
  }
  const schemaVersion = (lab as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > LAB_DB_VERSION) {
    throw newerVersion(
      `lab schema version ${schemaVersion}; this app reads up to version ${LAB_DB_VERSION}`,
    );
  }
}

function invalid(problems: ReadonlyArray<{ path: PropertyKey[]; message: string }>): LabFileError {
  const shown = problems.slice(0, 3).map((p) => `${pathText(p.path)}: ${p.message}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  return new LabFileError(`The file is not a valid lab. ${shown.join('; ')}${more}.`);
}

/** Parses and checks a lab or scenario file's text. Throws LabFileError, never anything else. */
export function parseLabFile(text: string): LabFile {
  if (text.length > MAX_LAB_FILE_BYTES) {
    throw new LabFileError(
      `The file is too large: the limit is ${MAX_LAB_FILE_BYTES / 2 ** 20} MB.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new LabFileError(`The file is not valid JSON (is it cut short?): ${reason}`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    throw new LabFileError(
      `The file holds a key a lab file never has ("${forbidden.key}" at ${forbidden.at}), so it was not opened.`,
    );
  }
  checkEnvelope(value);
  const schema =
    (value as { format: string }).format === LAB_FILE_FORMAT ? labExportSchema : scenarioSchema;
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(result.error.issues);
  const references = checkReferences(result.data.lab.stores);
  if (references.length > 0) throw invalid(references);
  return result.data as LabFile;
}
