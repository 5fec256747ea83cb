// Opens the catalog database and the current lab's database, once, and hands out transactions.

import { openDB, type IDBPDatabase } from 'idb';
import { migrateLabDb } from './migrations';
import {
  CATALOG_DB_NAME,
  CATALOG_DB_VERSION,
  DEFAULT_LAB_ID,
  LAB_DB_VERSION,
  LAB_STORES,
  labDbName,
  type CatalogSchema,
  type LabDb,
  type LabSchema,
  type LabReadTx,
  type LabWriteTx,
} from './schema';
import { installMemoryIndexedDb } from './memory-indexeddb';
import { seedBlankLab } from './seed-blank-lab';
import {
  isQuotaExceeded,
  isStorageFailure,
  markMemoryOnly,
  resetStorageHealth,
  type StorageFailure,
} from './storage-health';
import { announceLabChange, listenToLab, stopTabSync } from './tab-sync';

let catalogDb: Promise<IDBPDatabase<CatalogSchema>> | null = null;
/** Set once this tab keeps its labs in memory (IndexedDB would not open, or is full). */
let memoryOnly: Promise<void> | null = null;
let labDb: Promise<LabDb> | null = null;
/** Null until read from the catalog's settings (the lab chosen last, kept across reloads). */
let currentLabId: string | null = null;

/** The catalog's setting that names the current lab. */
const CURRENT_LAB_SETTING = 'currentLab';
/** This tab's lab, kept per tab (sessionStorage): a reload stays on it whatever other tabs chose. */
const TAB_LAB_KEY = 'iam-console-lab:tab-lab';

function readTabLab(): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(TAB_LAB_KEY);
  } catch {
    return null;
  }
}

function writeTabLab(labId: string): void {
  try {
    if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(TAB_LAB_KEY, labId);
  } catch {
    // Storage refused (a locked-down browser): the tab still works on the lab until it closes.
  }
}

/** The catalog database: the list of labs and which one is current. */
export function getCatalogDb(): Promise<IDBPDatabase<CatalogSchema>> {
  return openCatalogDb();
}

function openCatalogDb(): Promise<IDBPDatabase<CatalogSchema>> {
  catalogDb ??= openOrFallBack(() =>
    openDB<CatalogSchema>(CATALOG_DB_NAME, CATALOG_DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('labs', { keyPath: 'labId' });
        db.createObjectStore('settings', { keyPath: 'key' });
      },
    }),
  );
  return catalogDb;
}

/** Opens with the browser's IndexedDB or, when the browser will not store anything, in memory. */
async function openOrFallBack<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (err) {
    if (memoryOnly || !isStorageFailure(err)) throw err;
    await goMemoryOnly('unavailable');
    return open();
  }
}

function goMemoryOnly(failure: StorageFailure): Promise<void> {
  memoryOnly ??= installMemoryIndexedDb().then(() => {
    // Other tabs save to the browser; this tab's labs are its own now.
    stopTabSync();
    markMemoryOnly(failure);
  });
  return memoryOnly;
}

/**
 * The browser refused a write for lack of space: the current lab, as it was before that write,
 * moves into memory (with its catalog entry), and the tab goes on there.
 */
async function moveCurrentLabToMemory(): Promise<void> {
  const labId = await readCurrentLabId();
  const [lab, catalog] = await Promise.all([getLabDb(), openCatalogDb()]);
  const read = lab.transaction(LAB_STORES, 'readonly');
  const records = await Promise.all(LAB_STORES.map((store) => read.objectStore(store).getAll()));
  await read.done;
  const entry = await catalog.get('labs', labId);
  lab.close();
  catalog.close();
  labDb = null;
  catalogDb = null;
  await goMemoryOnly('quota');
  if (entry) await (await openCatalogDb()).put('labs', entry);
  const tx = (await getLabDb()).transaction(LAB_STORES, 'readwrite');
  for (const [i, store] of LAB_STORES.entries()) {
    const target = tx.objectStore(store);
    await target.clear();
    // Invariant: every lab store has an in-line key, so a record is put back as it was read.
    for (const record of records[i] ?? []) await target.put(record as never);
  }
  await tx.done;
}

async function openLab(labId: string): Promise<LabDb> {
  const catalog = await openCatalogDb();
  if (!(await catalog.get('labs', labId))) {
    await catalog.put('labs', {
      labId,
      name: labId === DEFAULT_LAB_ID ? 'My lab' : labId,
      dbName: labDbName(labId),
      createDate: new Date().toISOString(),
    });
  }
  const db: LabDb = await openOrFallBack(() => openLabDb(labId));
  const tx = db.transaction(LAB_STORES, 'readwrite');
  if (!(await tx.objectStore('meta').get('account'))) await seedBlankLab(tx);
  await tx.done;
  return db;
}

function openLabDb(labId: string): Promise<LabDb> {
  const db: Promise<LabDb> = openDB<LabSchema>(labDbName(labId), LAB_DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      // A failed step aborts the upgrade, so the database stays at its old version, unharmed.
      migrateLabDb(database, oldVersion, newVersion ?? LAB_DB_VERSION, tx).catch(() => tx.abort());
    },
    blocking() {
      // Another tab wants a newer schema (or to delete this lab): let it, and reopen on the next call.
      void db.then((open) => open.close());
      if (labId === currentLabId) labDb = null;
    },
  });
  return db;
}

/** The current lab's database, opened (and migrated, and seeded on first run) once. */
export function getLabDb(): Promise<LabDb> {
  labDb ??= readCurrentLabId().then((labId) => {
    listenToLab(labId);
    return openLab(labId);
  });
  return labDb;
}

/** The lab the app works on (the default lab until the first data call has read the catalog). */
export function currentLab(): string {
  return currentLabId ?? DEFAULT_LAB_ID;
}

/**
 * The lab the app works on: this tab's lab if it still exists, else the one chosen last in any
 * tab (a new tab opens it), else the default lab.
 */
export async function readCurrentLabId(): Promise<string> {
  if (currentLabId === null) {
    const catalog = await openCatalogDb();
    const tabLab = readTabLab();
    const setting = await catalog.get('settings', CURRENT_LAB_SETTING);
    const entry =
      (tabLab ? await catalog.get('labs', tabLab) : undefined) ??
      (setting ? await catalog.get('labs', setting.value) : undefined);
    currentLabId ??= entry?.labId ?? DEFAULT_LAB_ID;
  }
  return currentLabId;
}

/**
 * Makes another lab the current one, for this tab and the next reload: closes the open lab's
 * connection, remembers the choice, and opens the new lab (creating it on first use).
 */
export async function switchLab(labId: string): Promise<void> {
  const catalog = await openCatalogDb();
  const previous = labDb;
  labDb = null;
  currentLabId = labId;
  writeTabLab(labId);
  (await previous?.catch(() => null))?.close();
  await catalog.put('settings', { key: CURRENT_LAB_SETTING, value: labId });
  await getLabDb();
}

/**
 * Runs `work` on one lab's database: the open one when it is current, else a connection of its
 * own (opened, migrated and seeded like any lab), closed afterwards.
 */
export async function withLabDb<T>(labId: string, work: (db: LabDb) => Promise<T>): Promise<T> {
  if (labId === (await readCurrentLabId())) return work(await getLabDb());
  const db = await openLab(labId);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export interface WriteTxOptions {
  /**
   * False for writes that every read makes (the call log): other tabs are not told, or their
   * refetches, logged in turn, would tell this tab back without end.
   */
  announce?: boolean;
}

/**
 * Runs `work` in one read-write transaction over every store; all of it is saved or none, and the
 * other tabs on this lab are told. When the browser's storage is full, the lab moves into memory
 * and `work` runs again there.
 */
export async function writeTx<T>(
  work: (tx: LabWriteTx) => Promise<T>,
  options: WriteTxOptions = {},
): Promise<T> {
  try {
    return await writeTxOnce(work, options);
  } catch (err) {
    if (memoryOnly || !isQuotaExceeded(err)) throw err;
    await moveCurrentLabToMemory();
    return writeTxOnce(work, options);
  }
}

async function writeTxOnce<T>(
  work: (tx: LabWriteTx) => Promise<T>,
  { announce = true }: WriteTxOptions,
): Promise<T> {
  const db = await getLabDb();
  const tx = db.transaction(LAB_STORES, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    if (announce && !memoryOnly) announceLabChange(currentLab(), 'change');
    return result;
  } catch (err) {
    abortQuietly(tx);
    // Swallow the abort's own rejection; the caller sees the original error.
    await tx.done.catch(() => undefined);
    throw err;
  }
}

/** Runs `work` in one read-only transaction over every store, so it sees one consistent state. */
export async function readTx<T>(work: (tx: LabReadTx) => Promise<T>): Promise<T> {
  const db = await getLabDb();
  const tx = db.transaction(LAB_STORES, 'readonly');
  const result = await work(tx);
  await tx.done;
  return result;
}

function abortQuietly(tx: LabWriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/**
 * Closes and forgets the open connections, so the next call opens afresh (tests give each case a
 * new IDBFactory). Without `labId`, the next call reads the current lab from the catalog.
 */
export async function resetDbConnection(labId?: string): Promise<void> {
  const [lab, catalog] = [labDb, catalogDb];
  labDb = null;
  catalogDb = null;
  memoryOnly = null;
  resetStorageHealth();
  currentLabId = labId ?? null;
  (await lab?.catch(() => null))?.close();
  (await catalog?.catch(() => null))?.close();
}
