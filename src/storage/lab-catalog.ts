// The catalog of labs kept side by side in this browser: each lab is a database of its own.

import { deleteDB } from 'idb';
import { randomString } from '@/lib/random-string';
import { getCatalogDb, getLabDb } from './db';
import { labDbName, type LabEntry } from './schema';
import { announceLabChange } from './tab-sync';

/** Every lab, oldest first (opening the current lab first, so it is listed even on a first visit). */
export async function readAllLabs(): Promise<LabEntry[]> {
  await getLabDb();
  const labs = await (await getCatalogDb()).getAll('labs');
  return labs.sort((a, b) => a.createDate.localeCompare(b.createDate));
}

export async function readLab(labId: string): Promise<LabEntry | undefined> {
  return (await getCatalogDb()).get('labs', labId);
}

/** Adds a lab to the catalog; its database is created (blank) when it is first opened. */
export async function writeNewLab(name: string, createDate: string): Promise<LabEntry> {
  const labId = `lab-${Date.now().toString(36)}-${randomString('0123456789abcdefghijklmnopqrstuvwxyz', 6)}`;
  const entry: LabEntry = { labId, name, dbName: labDbName(labId), createDate };
  await (await getCatalogDb()).add('labs', entry);
  announceLabChange(labId, 'catalog');
  return entry;
}

export async function writeLabName(labId: string, name: string): Promise<void> {
  const catalog = await getCatalogDb();
  const entry = await catalog.get('labs', labId);
  if (!entry) return;
  await catalog.put('labs', { ...entry, name });
  announceLabChange(labId, 'catalog');
}

/** Deletes a lab that is not the current one: its database and its catalog entry. */
export async function removeLab(labId: string): Promise<void> {
  const catalog = await getCatalogDb();
  const entry = await catalog.get('labs', labId);
  if (!entry) return;
  await deleteDB(entry.dbName);
  await catalog.delete('labs', labId);
  announceLabChange(labId, 'catalog');
}
