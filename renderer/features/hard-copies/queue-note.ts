/**
 * What a received item on the upload queue says about its hard copy (guidance 001): the exact note
 * to write, from the gateway's recorded time and the uploader's name; or that a form written in
 * Hearth has none. Nothing while the council does not have it yet: the time is not known.
 */
import { originOf, type UploadMetadata } from '../../../shared/api/uploads.ts';
import { hardCopyNote } from '../../../shared/domain/hard-copy.ts';

export type QueueHardCopyWords = { kind: 'write'; note: string } | { kind: 'none'; text: string } | null;

export const NO_HARD_COPY = 'No hard copy to mark: this form was written in Hearth.';

export function queueHardCopyWords(
  item: { recordedAt: string | null; meta: Pick<UploadMetadata, 'origin'> | null },
  uploaderName: string,
): QueueHardCopyWords {
  if (item.recordedAt === null || item.meta === null) return null;
  if (originOf(item.meta) === 'hearth-form') return { kind: 'none', text: NO_HARD_COPY };
  return { kind: 'write', note: hardCopyNote({ recordedAt: item.recordedAt, uploaderName }) };
}
