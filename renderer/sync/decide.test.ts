// Issue 4: the gateway verifies the SHA-256; a mismatch is refused and the item is sent again; an
// expired upload starts again from zero; a refusal is kept for a person, never dropped. After a
// failed try the engine asks the gateway's status; this pins what it does when the gateway neither
// has the document nor refused it for good (received and rejected are recorded as they are).
import { describe, expect, it } from 'vitest';
import type { UploadNotification, UploadStatus } from '../../shared/api/uploads.ts';
import { MAX_BIG_ON_THE_LINE, MAX_IN_FLIGHT, mayStart, settledBy, unsettledNext } from './decide.ts';

describe('a status that settles the item', () => {
  const notification: UploadNotification = {
    state: 'pending',
    recipientKind: 'social-worker',
    recipientName: 'Nadia Rahman',
    attempts: 0,
    sentAt: null,
    lastError: null,
  };

  it('records "received" with the gateway’s document id: the item is never sent again', () => {
    const status: UploadStatus = {
      state: 'received',
      outboxId: '5b0b8f5e-8d4e-4a8a-9d61-2f7f0d1e6c11',
      documentId: 'doc-9',
      recordedAt: '2026-03-02T10:00:01.000Z',
      sha256: 'a'.repeat(64),
      notification,
    };
    expect(settledBy(status)).toEqual({
      type: 'received',
      documentId: 'doc-9',
      recordedAt: '2026-03-02T10:00:01.000Z',
      notification,
    });
  });

  it('keeps a rejected item for a person, with the gateway’s reason', () => {
    const status: UploadStatus = {
      state: 'rejected',
      outboxId: '5b0b8f5e-8d4e-4a8a-9d61-2f7f0d1e6c11',
      reason: 'Not a PDF.',
    };
    expect(settledBy(status)).toEqual({ type: 'needs-attention', reason: 'Not a PDF.' });
  });

  it('leaves unknown and receiving items to be sent', () => {
    expect(settledBy({ state: 'unknown', outboxId: '5b0b8f5e-8d4e-4a8a-9d61-2f7f0d1e6c11' })).toBeNull();
  });
});

describe('after a try, when the gateway neither has the document nor refused it', () => {
  it('sends again from zero when the bytes went but the gateway threw them away (hash mismatch)', () => {
    expect(unsettledNext({ kind: 'finished' }, 'unknown')).toBe('restart');
    expect(unsettledNext({ kind: 'restart-from-zero', reason: 'mismatch' }, 'unknown')).toBe('restart');
    expect(unsettledNext({ kind: 'refused', during: 'send', reason: 'x' }, 'unknown')).toBe('restart');
  });

  it('keeps a refused create for a person, with the gateway’s reason', () => {
    expect(unsettledNext({ kind: 'refused', during: 'create', reason: 'no such child' }, 'unknown')).toBe(
      'attention',
    );
  });

  it('asks a person when the gateway holds the upload but will not let this device at it', () => {
    expect(unsettledNext({ kind: 'refused', during: 'send', reason: 'forbidden' }, 'receiving')).toBe(
      'attention',
    );
    expect(unsettledNext({ kind: 'restart-from-zero', reason: 'not found' }, 'receiving')).toBe('attention');
  });

  it('checks again later when the last bytes went but the gateway is still finishing', () => {
    expect(unsettledNext({ kind: 'finished' }, 'receiving')).toBe('later');
  });
});

describe('how many items go at once (bench sync.drain_vs_bare_tus)', () => {
  const PATCH = 8;
  it('starts small items beside others up to the limit', () => {
    expect(mayStart({ count: 0, bigOnes: 0 }, 1, PATCH)).toBe(true);
    expect(mayStart({ count: MAX_IN_FLIGHT - 1, bigOnes: 0 }, 1, PATCH)).toBe(true);
    expect(mayStart({ count: MAX_IN_FLIGHT, bigOnes: 0 }, 1, PATCH)).toBe(false);
  });

  it('sends at most two documents bigger than a PATCH at once, so a slow line is not split many ways', () => {
    expect(mayStart({ count: 1, bigOnes: 0 }, 25, PATCH)).toBe(true);
    expect(mayStart({ count: 1, bigOnes: 1 }, 25, PATCH)).toBe(true);
    expect(mayStart({ count: 2, bigOnes: MAX_BIG_ON_THE_LINE }, 25, PATCH)).toBe(false);
    // A small one still goes beside the big ones.
    expect(mayStart({ count: 2, bigOnes: MAX_BIG_ON_THE_LINE }, 1, PATCH)).toBe(true);
  });
});
