// The labs kept side by side in this browser: list, create (blank or a copy of the current one),
// rename, delete and switch. Lab controls, not AWS calls: they need no authorization.

import { readCurrentLabId, switchLab } from '@/storage/db';
import { readAllLabs, readLab, removeLab, writeLabName, writeNewLab } from '@/storage/lab-catalog';
import { readLabSnapshot, replaceLabWithSnapshot } from '@/storage/lab-snapshot';

export interface LabSummary {
  labId: string;
  name: string;
  createDate: string;
  current: boolean;
}

/** Lab names: what the Labs page accepts (any characters; shown as text only). */
export const MAX_LAB_NAME_LENGTH = 64;

export async function listLabs(): Promise<LabSummary[]> {
  const current = await readCurrentLabId();
  return (await readAllLabs()).map((lab) => ({
    labId: lab.labId,
    name: lab.name,
    createDate: lab.createDate,
    current: lab.labId === current,
  }));
}

/** The current lab's name, for the identity menu and the export's file name. */
export async function currentLabName(): Promise<string> {
  const lab = await readLab(await readCurrentLabId());
  return lab?.name ?? 'My lab';
}

/** Checks a new name: not empty, not too long, not the name of another lab (any case). */
export async function checkLabName(name: string, exceptLabId?: string): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Enter a lab name.');
  if (trimmed.length > MAX_LAB_NAME_LENGTH) {
    throw new Error(`The lab name can have up to ${MAX_LAB_NAME_LENGTH} characters.`);
  }
  const taken = (await readAllLabs()).some(
    (lab) => lab.labId !== exceptLabId && lab.name.toLowerCase() === trimmed.toLowerCase(),
  );
  if (taken) throw new Error(`A lab named "${trimmed}" already exists.`);
  return trimmed;
}

/**
 * Adds a lab: blank, or a copy of the current lab (its log included). The copy is read in one
 * transaction and written in one; the new lab is not switched to.
 */
export async function createLab(name: string, from: 'blank' | 'current'): Promise<LabSummary> {
  const checked = await checkLabName(name);
  const snapshot = from === 'current' ? await readLabSnapshot() : undefined;
  const entry = await writeNewLab(checked, new Date().toISOString());
  try {
    if (snapshot) await replaceLabWithSnapshot(snapshot, entry.labId);
  } catch (err) {
    await removeLab(entry.labId);
    throw err;
  }
  return { labId: entry.labId, name: entry.name, createDate: entry.createDate, current: false };
}

export async function renameLab(labId: string, name: string): Promise<void> {
  await writeLabName(labId, await checkLabName(name, labId));
}

/** Deletes a lab and everything in it. The current lab cannot be deleted: switch first. */
export async function deleteLab(labId: string): Promise<void> {
  if (labId === (await readCurrentLabId())) {
    throw new Error('The current lab cannot be deleted. Switch to another lab first.');
  }
  await removeLab(labId);
}

/** Makes the lab current (for this tab and after a reload). The UI then acts as root again. */
export async function switchToLab(labId: string): Promise<void> {
  if (!(await readLab(labId))) throw new Error('That lab no longer exists.');
  await switchLab(labId);
}
