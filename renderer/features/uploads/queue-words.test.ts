// The queue's words (issue 4 "The app": the state, "received by the council", "social worker
// notified (name)"), the status bar's counts, and the sign-out/quit warning.
import { describe, expect, test } from 'vitest';
import type { OutboxItem } from '../../outbox/outbox.ts';
import { isSendingNow, itemWords } from './item-words.ts';
import { leaveWarningText } from './leave-warning.ts';
import { EMPTY_BATCH, nextBatch, summarise, summaryWords, type SummaryItem } from './queue-summary.ts';

const base: OutboxItem = {
  outboxId: '6b1f0c52-8a43-4d8e-9a57-3d5f5b2d9c11',
  uploaderStaffId: 'staff-priya',
  queuedAt: '2026-11-04T09:00:00.000Z',
  size: 1000,
  state: 'queued',
  attempts: 0,
  nextAttemptAt: null,
  bytesAcked: 0,
  documentId: null,
  recordedAt: null,
  notification: null,
  attention: null,
  lastError: null,
  meta: null,
};
const notice = {
  recipientKind: 'social-worker' as const,
  recipientName: 'Nadia Rahman',
  attempts: 1,
  sentAt: null,
  lastError: null,
};

describe('an item’s state in words', () => {
  test('waiting, sending and needing attention', () => {
    expect(itemWords(base, false)).toEqual({ state: 'Waiting to send', colour: 'grey', detail: null });
    const sending = { ...base, state: 'sending' as const };
    expect(itemWords(sending, true)).toEqual({ state: 'Sending', colour: 'blue', detail: null });
    // Between tries (offline, or after a failure) a partly sent item waits, and says why.
    expect(itemWords({ ...sending, lastError: 'Hearth cannot reach the gateway.' }, false)).toEqual({
      state: 'Waiting to send',
      colour: 'grey',
      detail: 'Last try: Hearth cannot reach the gateway.',
    });
    expect(
      itemWords({ ...base, state: 'needs-attention', attention: 'This file is a web page.' }, false),
    ).toMatchObject({
      state: 'Needs attention: This file is a web page.',
      colour: 'red',
    });
  });

  test('received, then the social worker (or the duty inbox) notified by name', () => {
    const received = { ...base, state: 'received' as const, recordedAt: '2026-11-04T10:05:00.000Z' };
    expect(itemWords({ ...received, notification: { ...notice, state: 'pending' } }, false)).toEqual({
      state: 'Received by the council',
      colour: 'green',
      detail: 'Not yet emailed to Nadia Rahman: the council’s system keeps trying.',
    });
    // The mail server refused it so far: said plainly, with what to do if it is urgent (001).
    expect(
      itemWords({ ...received, notification: { ...notice, state: 'retrying', attempts: 3 } }, false).detail,
    ).toBe(
      'The email to Nadia Rahman could not be sent yet (3 tries): the council’s system keeps trying. If it is urgent, phone them.',
    );
    expect(
      itemWords({ ...received, state: 'notified', notification: { ...notice, state: 'sent' } }, false),
    ).toEqual({
      state: 'Social worker notified (Nadia Rahman)',
      colour: 'green',
      detail: 'Received by the council on 4 November 2026 at 10:05am',
    });
    const duty = {
      ...notice,
      state: 'sent' as const,
      recipientKind: 'duty-inbox' as const,
      recipientName: 'CWCF South duty',
    };
    expect(itemWords({ ...received, state: 'notified', notification: duty }, false).state).toBe(
      'Team duty inbox notified (CWCF South duty)',
    );
  });
});

test('an item is being sent only while online and not waiting out a backoff', () => {
  const now = Date.parse('2026-11-04T10:00:00.000Z');
  const sending = { state: 'sending' as const, nextAttemptAt: null };
  expect(isSendingNow(sending, true, now)).toBe(true);
  expect(isSendingNow(sending, false, now)).toBe(false);
  expect(isSendingNow({ ...sending, nextAttemptAt: '2026-11-04T10:00:30.000Z' }, true, now)).toBe(false);
  expect(isSendingNow({ ...sending, state: 'queued' }, true, now)).toBe(false);
});

describe('the sync status', () => {
  const item = (outboxId: string, state: SummaryItem['state']): SummaryItem => ({ outboxId, state });

  test('"sending n of m" counts the batch since the queue was last empty', () => {
    let batch = nextBatch(EMPTY_BATCH, [item('a', 'sending'), item('b', 'queued'), item('c', 'queued')]);
    expect(summarise([item('a', 'sending'), item('b', 'queued'), item('c', 'queued')], batch, true)).toEqual({
      waiting: 3,
      sending: { n: 1, m: 3 },
    });
    const later = [item('a', 'notified'), item('b', 'sending'), item('c', 'queued')];
    batch = nextBatch(batch, later);
    expect(summaryWords(summarise(later, batch, true))).toBe('2 documents waiting to send. Sending 2 of 3');
    // Cancelling c takes it out of the batch: it will never be sent.
    const cancelled = [item('a', 'notified'), item('b', 'sending')];
    batch = nextBatch(batch, cancelled);
    expect(summarise(cancelled, batch, true).sending).toEqual({ n: 2, m: 2 });
    const done = [item('a', 'notified'), item('b', 'received')];
    expect(nextBatch(batch, done)).toBe(EMPTY_BATCH);
    expect(summaryWords(summarise(done, EMPTY_BATCH, false))).toBe('No documents waiting to send');
  });

  test('offline, waiting items are counted without "sending"', () => {
    const items = [item('a', 'queued')];
    expect(summaryWords(summarise(items, nextBatch(EMPTY_BATCH, items), false))).toBe(
      '1 document waiting to send',
    );
  });
});

describe('leaving while documents wait', () => {
  test('says how many, that they are kept and that they will be sent', () => {
    expect(leaveWarningText(0)).toBeNull();
    expect(leaveWarningText(3)).toBe(
      '3 documents are waiting to be sent. They are kept safely on this computer and will be sent when Hearth is next online.',
    );
    expect(leaveWarningText(1)).toBe(
      '1 document is waiting to be sent. It is kept safely on this computer and will be sent when Hearth is next online.',
    );
  });
});
