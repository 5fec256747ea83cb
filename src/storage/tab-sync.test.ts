import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentLab, readCurrentLabId, switchLab, writeTx } from './db';
import { writeNewLab } from './lab-catalog';
import { closeTabSync, onOtherTabChange, type LabChangeMessage } from './tab-sync';
import { useFreshIndexedDb } from './test-support';

/** Another tab's ear on a channel: collects what arrives. */
function otherTab(name: string) {
  const channel = new BroadcastChannel(name);
  const received: unknown[] = [];
  channel.onmessage = (e: MessageEvent<unknown>) => received.push(e.data);
  return { channel, received };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

const opened: BroadcastChannel[] = [];

beforeEach(async () => {
  closeTabSync();
  await useFreshIndexedDb();
});
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
  closeTabSync();
});

describe('tab sync', () => {
  it('announces every committed write on the lab channel, never an aborted or quiet one', async () => {
    const labId = await readCurrentLabId();
    const ear = otherTab(`iam-console-lab:${labId}`);
    opened.push(ear.channel);
    await writeTx(async (tx) => {
      await tx.objectStore('labSettings').put({ key: 'predict-mode', enabled: true });
    });
    await expect(
      writeTx(async () => {
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    // The call log, written by every read, is not announced (or tabs would echo each other).
    await writeTx(async () => undefined, { announce: false });
    await until(() => ear.received.length > 0);
    await new Promise((r) => setTimeout(r, 30));
    expect(ear.received).toEqual([
      { labId, kind: 'change', txId: expect.stringMatching(/^\w+:\d+$/) as unknown },
    ]);
  });

  it("hears other tabs on this tab's lab only, and follows this tab's switch", async () => {
    await writeTx(async () => undefined);
    const heard: LabChangeMessage[] = [];
    onOtherTabChange((m) => heard.push(m));
    const first = currentLab();
    const sender = new BroadcastChannel(`iam-console-lab:${first}`);
    opened.push(sender);
    sender.postMessage({ labId: first, txId: 'x:1', kind: 'change' });
    await until(() => heard.length > 0);
    expect(heard).toEqual([{ labId: first, txId: 'x:1', kind: 'change' }]);

    const other = await writeNewLab('Second', new Date().toISOString());
    await switchLab(other.labId);
    heard.length = 0;
    sender.postMessage({ labId: first, txId: 'x:2', kind: 'change' });
    const second = new BroadcastChannel(`iam-console-lab:${other.labId}`);
    opened.push(second);
    second.postMessage({ labId: other.labId, txId: 'x:3', kind: 'replace' });
    second.postMessage({ junk: true });
    await until(() => heard.length > 0);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([{ labId: other.labId, txId: 'x:3', kind: 'replace' }]);
  });
});
