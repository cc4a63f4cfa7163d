// Issue 4 / DOMAIN.md "Uploads": a document in the queue is never lost and never filed twice.
// States: queued → sending → received → notified, or needs attention with the reason. These tests
// pin the moves the outbox may make; above all, nothing moves an item back once it was received.
import { describe, expect, it } from 'vitest';
import type { UploadNotification } from '../../shared/api/uploads.ts';
import { advance, initialStatus, mayCancel, type ItemStatus, type StatusEvent } from './item-status.ts';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const URL_A = 'http://127.0.0.1:8787/api/v1/uploads/abc';

const pending: UploadNotification = {
  state: 'pending',
  recipientKind: 'social-worker',
  recipientName: 'Nadia Rahman',
  attempts: 0,
  sentAt: null,
  lastError: null,
};
const sent: UploadNotification = {
  ...pending,
  state: 'sent',
  attempts: 1,
  sentAt: '2026-03-02T10:00:05.000Z',
};
const receivedEvent = (notification: UploadNotification): StatusEvent => ({
  type: 'received',
  documentId: 'doc-1',
  recordedAt: '2026-03-02T10:00:01.000Z',
  notification,
});

function run(events: StatusEvent[], start: ItemStatus = initialStatus()): ItemStatus {
  return events.reduce((status, event) => {
    const next = advance(status, event, NOW);
    if (!next.ok) throw new Error(`refused ${event.type}: ${next.message}`);
    return next.value;
  }, start);
}

describe('outbox item states', () => {
  it('goes queued → sending → received → notified on the happy path', () => {
    const created = run([{ type: 'upload-created', uploadUrl: URL_A }]);
    expect(created).toMatchObject({ state: 'sending', uploadUrl: URL_A });
    const acked = run([{ type: 'bytes-acked', bytes: 8_388_608 }], created);
    expect(acked.bytesAcked).toBe(8_388_608);
    const received = run([receivedEvent(pending)], acked);
    expect(received).toMatchObject({ state: 'received', documentId: 'doc-1', notification: pending });
    expect(run([{ type: 'notification', notification: sent }], received).state).toBe('notified');
  });

  it('goes straight to notified when the email had already gone', () => {
    expect(run([receivedEvent(sent)]).state).toBe('notified');
  });

  it('never leaves received: no new upload, no restart, no "needs attention" (sent once)', () => {
    const received = run([receivedEvent(pending)]);
    const refused: StatusEvent[] = [
      { type: 'upload-created', uploadUrl: URL_A },
      { type: 'restart-from-zero', reason: 'expired' },
      { type: 'bytes-acked', bytes: 1 },
      { type: 'needs-attention', reason: 'rejected' },
    ];
    for (const event of refused) {
      expect(advance(received, event, NOW)).toMatchObject({ ok: false, error: 'already-received' });
    }
    expect(run([{ type: 'retry-now' }], received).state).toBe('received');
  });

  it('keeps the first receipt when "received" is heard again, taking only the notification news', () => {
    const first = run([receivedEvent(pending)]);
    const second: StatusEvent = {
      type: 'received',
      documentId: 'doc-2',
      recordedAt: NOW.toISOString(),
      notification: sent,
    };
    const again = run([second], first);
    expect(again).toEqual({ ...first, state: 'notified', notification: sent });
    expect(run([receivedEvent(pending)], again)).toMatchObject({ documentId: 'doc-1', state: 'notified' });
  });

  it('starts again from zero after an expired upload, keeping the item and its attempts', () => {
    const sending = run([
      { type: 'upload-created', uploadUrl: URL_A },
      { type: 'bytes-acked', bytes: 4_000_000 },
      { type: 'failed', reason: 'cut', progressed: true, random: 0 },
    ]);
    const restarted = run([{ type: 'restart-from-zero', reason: 'expired' }], sending);
    expect(restarted).toMatchObject({ state: 'queued', uploadUrl: null, bytesAcked: 0, attempts: 1 });
  });

  it('counts every failed try and backs off more while no bytes get through', () => {
    const fail = (progressed: boolean): StatusEvent => ({
      type: 'failed',
      reason: 'offline',
      progressed,
      random: 1,
    });
    const three = run([fail(false), fail(false), fail(false)]);
    expect(three.attempts).toBe(3);
    expect(three.failuresInARow).toBe(3);
    expect(three.nextAttemptAt).toBe(new Date(NOW.getTime() + 4_000).toISOString());
    // Bytes got through in the last try: the wait drops back to the first step.
    const moving = run([fail(true)], three);
    expect(moving).toMatchObject({ attempts: 4, failuresInARow: 1 });
    expect(moving.nextAttemptAt).toBe(new Date(NOW.getTime() + 1_000).toISOString());
  });

  it('keeps a refused item with its reason, and "retry now" puts it back in the queue', () => {
    const attention = run([
      { type: 'upload-created', uploadUrl: URL_A },
      { type: 'needs-attention', reason: 'The file is not a PDF, Word document, JPEG or PNG.' },
    ]);
    expect(attention).toMatchObject({
      state: 'needs-attention',
      attention: 'The file is not a PDF, Word document, JPEG or PNG.',
      uploadUrl: URL_A,
    });
    const retried = run([{ type: 'retry-now' }], attention);
    expect(retried).toMatchObject({
      state: 'sending',
      attention: null,
      nextAttemptAt: null,
      failuresInARow: 0,
    });
    expect(run([{ type: 'retry-now' }], run([{ type: 'needs-attention', reason: 'x' }])).state).toBe(
      'queued',
    );
  });

  it('lets staff cancel only before the council received it', () => {
    expect(mayCancel('queued')).toBe(true);
    expect(mayCancel('sending')).toBe(true);
    expect(mayCancel('needs-attention')).toBe(true);
    expect(mayCancel('received')).toBe(false);
    expect(mayCancel('notified')).toBe(false);
  });
});
