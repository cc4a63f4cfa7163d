import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../outbox/item-status.ts';
import { progressWrites } from './progress-writes.ts';

const MiB = 1024 * 1024;

describe('progress writes (issue 4: the state shows how far a document got; one write for a small one)', () => {
  it('writes the upload URL and each partial acknowledgement at once, in order', async () => {
    const written: StatusEvent[][] = [];
    const writes = progressWrites(25 * MiB, async (events) => void written.push(events));
    writes.record({ type: 'upload-created', uploadUrl: '/u/1' });
    writes.record({ type: 'bytes-acked', bytes: 8 * MiB });
    writes.record({ type: 'bytes-acked', bytes: 16 * MiB });
    await writes.flush();
    expect(written).toEqual([
      [{ type: 'upload-created', uploadUrl: '/u/1' }],
      [{ type: 'bytes-acked', bytes: 8 * MiB }],
      [{ type: 'bytes-acked', bytes: 16 * MiB }],
    ]);
    expect(writes.acked()).toBe(16 * MiB);
  });

  it('writes the upload URL at once (the item is "sending" from then), and holds the last acknowledgement for the outcome', async () => {
    const written: StatusEvent[][] = [];
    const writes = progressWrites(MiB, async (events) => void written.push(events));
    writes.record({ type: 'upload-created', uploadUrl: '/u/2' });
    writes.record({ type: 'bytes-acked', bytes: MiB });
    expect(await writes.take()).toEqual([{ type: 'bytes-acked', bytes: MiB }]);
    expect(written).toEqual([[{ type: 'upload-created', uploadUrl: '/u/2' }]]);
    expect(await writes.take()).toEqual([]); // taken once
    expect(writes.acked()).toBe(MiB);
  });

  it('sent in one request, the upload URL came with the final answer: it is held for the outcome too', async () => {
    const written: StatusEvent[][] = [];
    const writes = progressWrites(MiB, async (events) => void written.push(events), true);
    writes.record({ type: 'upload-created', uploadUrl: '/u/3' });
    writes.record({ type: 'bytes-acked', bytes: MiB });
    expect(await writes.take()).toEqual([
      { type: 'upload-created', uploadUrl: '/u/3' },
      { type: 'bytes-acked', bytes: MiB },
    ]);
    expect(written).toEqual([]);
  });

  it('sent in one request and not confirmed: the flush writes the held URL, so the next try resumes it', async () => {
    const written: StatusEvent[][] = [];
    const writes = progressWrites(MiB, async (events) => void written.push(events), true);
    writes.record({ type: 'upload-created', uploadUrl: '/u/4' });
    await writes.flush();
    expect(written).toEqual([[{ type: 'upload-created', uploadUrl: '/u/4' }]]);
  });

  it('take waits for the writes already under way, so nothing written later overtakes them', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const writes = progressWrites(
      10 * MiB,
      (events) =>
        new Promise<void>((resolve) => {
          release = () => {
            order.push(`wrote ${events.length}`);
            resolve();
          };
        }),
    );
    writes.record({ type: 'bytes-acked', bytes: 8 * MiB });
    writes.record({ type: 'bytes-acked', bytes: 10 * MiB });
    const taken = writes.take().then((events) => order.push(`took ${events.length}`));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual([]);
    release();
    await taken;
    expect(order).toEqual(['wrote 1', 'took 1']);
  });
});
