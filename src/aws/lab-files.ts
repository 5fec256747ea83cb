// Lab files and share links: export the current lab (as a lab or as a scenario), read a file or a
// link into a preview, then replace the current lab or import it as a new one. A file is fully
// checked before anything is written, and a write is one transaction.

import { deflateToBase64Url, inflateFromBase64Url } from '@/lib/deflate-base64url';
import {
  LAB_FILE_FORMAT,
  LAB_FILE_VERSION,
  LabFileError,
  MAX_LAB_FILE_BYTES,
  SCENARIO_FILE_FORMAT,
  labFileText,
  parseLabFile,
  type LabFile,
} from '@/storage/lab-file';
import { readLabSnapshot, replaceLabWithSnapshot, type LabSnapshot } from '@/storage/lab-snapshot';
import type { Walkthrough } from '@/storage/walkthrough-schema';
import { createLab, currentLabName, switchToLab, type LabSummary } from './labs';
import { findWalkthrough, WALKTHROUGHS } from './walkthroughs';

export { LabFileError, MAX_LAB_FILE_BYTES, type LabFile };

/** The longest share link the Labs page hands out (browsers and chat apps cut longer ones). */
export const MAX_SHARE_LINK_LENGTH = 8000;

/** What the learner sees before an import replaces anything. */
export interface LabFilePreview {
  fileName: string;
  /** "Lab export" or "Scenario". */
  formatLabel: string;
  format: string;
  version: number;
  schemaVersion: number;
  name: string;
  description?: string;
  counts: {
    users: number;
    groups: number;
    roles: number;
    customerPolicies: number;
    buckets: number;
    objects: number;
    instances: number;
  };
  file: LabFile;
}

export interface ExportedFile {
  fileName: string;
  text: string;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'lab'
  );
}

export function previewOf(file: LabFile, fileName: string): LabFilePreview {
  const { stores } = file.lab;
  return {
    fileName,
    formatLabel: file.format === LAB_FILE_FORMAT ? 'Lab export' : 'Scenario',
    format: file.format,
    version: file.version,
    schemaVersion: file.lab.schemaVersion,
    name: file.name,
    ...(file.format === SCENARIO_FILE_FORMAT && { description: file.description }),
    counts: {
      users: stores.users.length,
      groups: stores.groups.length,
      roles: stores.roles.length,
      customerPolicies: stores.policies.length,
      buckets: stores.buckets.length,
      objects: stores.objects.length,
      instances: stores.instances.length,
    },
    file,
  };
}

/** The current lab as a lab export file, its logs included. */
export async function exportLab(): Promise<ExportedFile> {
  const name = await currentLabName();
  const file: LabFile = {
    format: LAB_FILE_FORMAT,
    version: LAB_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    name,
    lab: await readLabSnapshot(),
  };
  return { fileName: `${slug(name)}.lab.json`, text: labFileText(file) };
}

/** The current lab as a scenario file: its resources, without the change and call logs. */
export async function exportScenario(): Promise<ExportedFile> {
  const name = await currentLabName();
  const snapshot = await readLabSnapshot({ withoutLogs: true });
  const walkthrough = labWalkthrough(snapshot);
  // A scenario is a starting point: the learner's progress and score stay behind.
  const lab: LabSnapshot = {
    ...snapshot,
    stores: {
      ...snapshot.stores,
      labSettings: snapshot.stores.labSettings.filter((r) => SCENARIO_SETTINGS.has(r.key)),
    },
  };
  const file: LabFile = {
    format: SCENARIO_FILE_FORMAT,
    version: LAB_FILE_VERSION,
    id: slug(name),
    name,
    description: `Exported from the lab "${name}" on ${new Date().toISOString().slice(0, 10)}.`,
    lab,
    ...(walkthrough && { walkthrough }),
  };
  return { fileName: `${slug(name)}.scenario.json`, text: labFileText(file) };
}

/** The settings a scenario file keeps: how requests are made, and predict mode. */
const SCENARIO_SETTINGS: ReadonlySet<string> = new Set(['request-context', 'predict-mode']);

/** The lab's walkthrough: one it was imported with, else the built-in one of its scenario. */
function labWalkthrough(snapshot: LabSnapshot): Walkthrough | undefined {
  for (const record of snapshot.stores.labSettings) {
    if (record.key === 'scenario-walkthrough') return record.walkthrough;
  }
  const scenarioId = snapshot.stores.meta.find((m) => m.key === 'account')?.scenarioId;
  return WALKTHROUGHS.find((w) => w.scenarioId === scenarioId);
}

/**
 * The lab a file writes: a scenario's walkthrough becomes the lab's own (unless it is built in),
 * so Scenarios offers it; without one, the file's lab as it is.
 */
function labOf(file: LabFile): LabSnapshot {
  const walkthrough = file.format === SCENARIO_FILE_FORMAT ? file.walkthrough : undefined;
  if (!walkthrough || findWalkthrough(walkthrough.id)) return file.lab;
  const others = file.lab.stores.labSettings.filter((r) => r.key !== 'scenario-walkthrough');
  return {
    ...file.lab,
    stores: {
      ...file.lab.stores,
      labSettings: [...others, { key: 'scenario-walkthrough', walkthrough }],
    },
  };
}

/** Reads a chosen file into a preview; a file over the size cap is refused before it is read. */
export async function readLabFile(file: Blob & { name: string }): Promise<LabFilePreview> {
  if (file.size > MAX_LAB_FILE_BYTES) {
    const mb = (file.size / 2 ** 20).toFixed(1);
    throw new LabFileError(
      `The file is too large (${mb} MB; the limit is ${MAX_LAB_FILE_BYTES / 2 ** 20} MB).`,
    );
  }
  return previewOf(parseLabFile(await file.text()), file.name);
}

/** Replaces everything in the current lab with the file's lab, in one transaction. */
export async function replaceCurrentLab(file: LabFile): Promise<void> {
  await replaceLabWithSnapshot(labOf(file));
}

/** Adds the file's lab as a new lab (named after the file's, made unique) and switches to it. */
export async function importAsNewLab(file: LabFile): Promise<LabSummary> {
  const lab = await createUniquelyNamed(file.name);
  await replaceLabWithSnapshot(labOf(file), lab.labId);
  await switchToLab(lab.labId);
  return { ...lab, current: true };
}

async function createUniquelyNamed(name: string): Promise<LabSummary> {
  const base = name.trim().slice(0, 56) || 'Imported lab';
  for (let n = 1; ; n++) {
    try {
      return await createLab(n === 1 ? base : `${base} (${n})`, 'blank');
    } catch (err) {
      if (n >= 50 || !(err instanceof Error) || !/already exists/.test(err.message)) throw err;
    }
  }
}

export class ShareLinkTooLongError extends LabFileError {
  constructor(readonly length: number) {
    super(
      `This lab is too large for a link (${length.toLocaleString('en-US')} characters; the limit is ${MAX_SHARE_LINK_LENGTH.toLocaleString('en-US')}). Export it as a file instead.`,
    );
  }
}

/** The share link's `s` parameter for a scenario file. */
export async function encodeShareParam(file: LabFile): Promise<string> {
  return deflateToBase64Url(labFileText(file));
}

/**
 * A link that opens the current lab, as a scenario without logs: `linkPrefix` is the app's URL up
 * to and including "?s=". Throws ShareLinkTooLongError past MAX_SHARE_LINK_LENGTH.
 */
export async function shareLink(linkPrefix: string): Promise<string> {
  const { text } = await exportScenario();
  const link = linkPrefix + (await deflateToBase64Url(text));
  if (link.length > MAX_SHARE_LINK_LENGTH) throw new ShareLinkTooLongError(link.length);
  return link;
}

/** Decodes a share link's `s` parameter into a preview; a bad link gets a plain-words error. */
export async function openShareLink(param: string | null): Promise<LabFilePreview> {
  if (!param) throw new LabFileError('This link holds no lab: its "s" parameter is missing.');
  let text: string;
  try {
    text = await inflateFromBase64Url(param, MAX_LAB_FILE_BYTES);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new LabFileError('This link holds more than an import accepts, so it was not opened.');
    }
    throw new LabFileError(
      'This link is damaged: it could not be decoded (was it cut short when it was copied?).',
    );
  }
  const file = parseLabFile(text);
  if (file.format !== SCENARIO_FILE_FORMAT) {
    throw new LabFileError('This link holds a lab export, not a scenario, so it was not opened.');
  }
  return previewOf(file, 'Share link');
}
