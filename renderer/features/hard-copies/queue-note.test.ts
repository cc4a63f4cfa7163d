// Guidance 001 hard copies: the queue's received items say exactly what to write, or that there is none.
import { describe, expect, it } from 'vitest';
import { NO_HARD_COPY, queueHardCopyWords } from './queue-note.ts';

describe('001 the hard-copy words on the upload queue', () => {
  it('001: a received file says the note, in England’s time from the gateway’s record', () => {
    expect(
      queueHardCopyWords({ recordedAt: '2026-07-01T08:05:00.000Z', meta: { origin: 'file' } }, 'Priya Shah'),
    ).toEqual({ kind: 'write', note: 'Uploaded to Mosaic on 01/07/2026 at 09:05 by Priya Shah' });
  });

  it('001: an item queued before origins existed is a file, so its hard copy is not forgotten', () => {
    expect(queueHardCopyWords({ recordedAt: '2026-11-25T10:00:00.000Z', meta: {} }, 'Tom Reilly')).toEqual({
      kind: 'write',
      note: 'Uploaded to Mosaic on 25/11/2026 at 10:00 by Tom Reilly',
    });
  });

  it('001: a form written in Hearth has no hard copy to mark', () => {
    expect(
      queueHardCopyWords(
        { recordedAt: '2026-11-25T10:00:00.000Z', meta: { origin: 'hearth-form' } },
        'Tom Reilly',
      ),
    ).toEqual({ kind: 'none', text: NO_HARD_COPY });
  });

  it('says nothing before the council has it: the upload time is not yet known', () => {
    expect(queueHardCopyWords({ recordedAt: null, meta: { origin: 'file' } }, 'Tom Reilly')).toBe(null);
  });
});
