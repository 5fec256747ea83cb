// Tells the other tabs of this browser that a lab changed, so they refresh what they show. Each lab
// has a BroadcastChannel of its own (labs live side by side); the catalog (the list of labs) has one
// too. A tab listens only to the lab it works on: a tab that switches labs leaves the others alone.

import { randomString } from '@/lib/random-string';
/** What another tab did: changed some records, replaced the whole lab, or changed the labs list. */
export type LabChangeKind = 'change' | 'replace' | 'catalog';

export interface LabChangeMessage {
  labId: string;
  /** Unique per committed transaction: `${tabId}:${n}`. */
  txId: string;
  kind: LabChangeKind;
}

const CHANNEL_PREFIX = 'iam-console-lab:';
const CATALOG_CHANNEL = 'iam-console-lab-catalog';

// getRandomValues, not randomUUID: a lab served over plain HTTP (a classroom laptop) has no
// randomUUID, which needs a secure context.
const tabId = randomString('abcdefghijklmnopqrstuvwxyz0123456789', 12);
let txCounter = 0;
const listeners = new Set<(message: LabChangeMessage) => void>();
let labChannel: BroadcastChannel | null = null;
let labChannelId: string | null = null;
let catalogChannel: BroadcastChannel | null = null;
/** Set when this tab's labs live in memory: the other tabs' changes are not to its labs. */
let stopped = false;

function channelsAvailable(): boolean {
  return !stopped && typeof BroadcastChannel !== 'undefined';
}

function isMessage(data: unknown): data is LabChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    typeof m.labId === 'string' &&
    typeof m.txId === 'string' &&
    (m.kind === 'change' || m.kind === 'replace' || m.kind === 'catalog')
  );
}

function deliver(event: MessageEvent<unknown>): void {
  if (!isMessage(event.data)) return;
  for (const listener of listeners) listener(event.data);
}

function ensureCatalogChannel(): BroadcastChannel | null {
  if (!channelsAvailable()) return null;
  if (!catalogChannel) {
    catalogChannel = new BroadcastChannel(CATALOG_CHANNEL);
    catalogChannel.onmessage = deliver;
  }
  return catalogChannel;
}

/** Listens to lab `labId` from now on (and to the catalog), instead of the lab listened to before. */
export function listenToLab(labId: string): void {
  if (!channelsAvailable()) return;
  ensureCatalogChannel();
  if (labChannelId === labId) return;
  labChannel?.close();
  labChannel = new BroadcastChannel(CHANNEL_PREFIX + labId);
  labChannel.onmessage = deliver;
  labChannelId = labId;
}

/** Runs `listener` for every change another tab announces on the lab this tab works on. */
export function onOtherTabChange(listener: (message: LabChangeMessage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a committed change of lab `labId` (or, with kind 'catalog', of the labs list). */
export function announceLabChange(labId: string, kind: LabChangeKind): void {
  if (!channelsAvailable()) return;
  const message: LabChangeMessage = { labId, txId: `${tabId}:${++txCounter}`, kind };
  if (kind === 'catalog') {
    ensureCatalogChannel()?.postMessage(message);
    return;
  }
  if (labId === labChannelId && labChannel) {
    labChannel.postMessage(message);
    return;
  }
  // Another lab than this tab's (an import into a new lab): a channel just for this message.
  const once = new BroadcastChannel(CHANNEL_PREFIX + labId);
  once.postMessage(message);
  once.close();
}

/** Neither listens nor announces any more (this tab's labs are in memory). */
export function stopTabSync(): void {
  labChannel?.close();
  catalogChannel?.close();
  labChannel = null;
  catalogChannel = null;
  labChannelId = null;
  stopped = true;
}

/** For tests: stops listening everywhere, and starts afresh on the next listen. */
export function closeTabSync(): void {
  stopped = false;
  labChannel?.close();
  catalogChannel?.close();
  labChannel = null;
  catalogChannel = null;
  labChannelId = null;
  listeners.clear();
}
