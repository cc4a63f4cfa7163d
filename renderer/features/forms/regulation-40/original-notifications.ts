/**
 * The child's earlier Regulation 40 notifications that a "child protection enquiry concluded" update
 * can quote (40(4)(d); DOMAIN.md: the update "quotes the original notification's reference"): those
 * on the child's record (documents list, also offline from its saved copy) and those still in this
 * computer's outbox. One queued here and already received appears once, with its record id.
 */
import type { DocumentListItem } from '../../../../shared/api/records.ts';
import type { OriginalNotification } from '../../../../shared/forms/regulation-40-form.ts';
import type { OutboxItem } from '../../../outbox/outbox.ts';

const REG40 = 'regulation-40-notification';

export interface OriginalChoice {
  /** For the radio: the document id, or `outbox:{id}`. */
  key: string;
  where: 'record' | 'outbox';
  original: OriginalNotification;
}

export function originalChoices(
  childId: string,
  documents: readonly DocumentListItem[],
  outbox: readonly OutboxItem[],
): OriginalChoice[] {
  const onRecord: OriginalChoice[] = documents
    .filter((d) => d.type === REG40)
    .map((d) => ({
      key: d.id,
      where: 'record',
      original: { title: d.title, completedOn: d.completedOn, documentId: d.id, outboxId: null },
    }));
  const recordIds = new Set(onRecord.map((c) => c.key));
  const queued: OriginalChoice[] = outbox.flatMap((item) => {
    const meta = item.meta;
    if (!meta || meta.childId !== childId || meta.documentType !== REG40) return [];
    if (item.documentId !== null && recordIds.has(item.documentId)) return [];
    return [
      {
        key: item.documentId ?? `outbox:${item.outboxId}`,
        where: item.documentId ? 'record' : 'outbox',
        original: {
          title: meta.title,
          completedOn: meta.completedOn,
          documentId: item.documentId,
          outboxId: item.outboxId,
        },
      } satisfies OriginalChoice,
    ];
  });
  // Newest first: the enquiry that concluded is usually the latest one notified.
  return [...queued, ...onRecord].sort((a, b) =>
    b.original.completedOn.localeCompare(a.original.completedOn),
  );
}
