// The originals a "child protection enquiry concluded" update can quote (40(4)(d); DOMAIN.md: the
// update quotes the original notification's reference): on the record, or still on this computer.
import { describe, expect, it } from 'vitest';
import type { DocumentListItem } from '../../../../shared/api/records.ts';
import { initialStatus } from '../../../outbox/item-status.ts';
import type { OutboxItem } from '../../../outbox/outbox.ts';
import { originalChoices } from './original-notifications.ts';

const doc = (id: string, type: DocumentListItem['type'], completedOn: string): DocumentListItem => ({
  id,
  type,
  typeLabel: '',
  title: `Leo Hartley - ${type} - ${completedOn}`,
  completedOn,
  mimeType: 'application/pdf',
  size: 1,
  recordedAt: `${completedOn}T12:00:00.000Z`,
  attribution: null,
});

function queued(
  outboxId: string,
  childId: string,
  documentId: string | null,
  completedOn: string,
): OutboxItem {
  const { failuresInARow: _failures, uploadUrl: _url, ...status } = initialStatus();
  return {
    ...status,
    state: documentId ? 'notified' : 'queued',
    documentId,
    outboxId,
    uploaderStaffId: 'staff-priya',
    queuedAt: `${completedOn}T12:00:00.000Z`,
    size: 1,
    meta: {
      childId,
      documentType: 'regulation-40-notification',
      title: `queued ${outboxId}`,
      completedOn,
      fileName: 'x.pdf',
      mimeType: 'application/pdf',
      sha256: '0'.repeat(64),
    },
  };
}

const OUTBOX_A = '11111111-1111-4111-8111-111111111111';
const OUTBOX_B = '22222222-2222-4222-8222-222222222222';

describe('originalChoices', () => {
  it('offers only Regulation 40 notifications, newest first, from the record and this computer', () => {
    const choices = originalChoices(
      'child-leo',
      [doc('d1', 'regulation-40-notification', '2026-10-02'), doc('d2', 'safety-plan', '2026-11-01')],
      [queued(OUTBOX_A, 'child-leo', null, '2026-11-20'), queued(OUTBOX_B, 'child-kofi', null, '2026-11-21')],
    );
    expect(choices.map((c) => [c.where, c.original.documentId, c.original.outboxId])).toEqual([
      ['outbox', null, OUTBOX_A],
      ['record', 'd1', null],
    ]);
  });

  it('lists a queued notification the council has already received once, by its record id', () => {
    const choices = originalChoices(
      'child-leo',
      [doc('d1', 'regulation-40-notification', '2026-11-20')],
      [queued(OUTBOX_A, 'child-leo', 'd1', '2026-11-20')],
    );
    expect(choices).toHaveLength(1);
    expect(choices[0]?.original).toMatchObject({ documentId: 'd1', outboxId: null });
  });
});
