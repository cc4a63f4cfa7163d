/**
 * Puts a PDF that Hearth wrote from a form into the outbox, through the same `enqueue` as the
 * upload screen (issue 4: encrypted in a worker, written in ONE IndexedDB transaction, sent once).
 * It resolves only after that transaction committed: only then may the screen say "Saved on this
 * computer" (the outbox's rule). A refusal (e.g. the disk is full) comes back as a value.
 */
import type { Result } from '../../../shared/result.ts';
import { enqueue, type EnqueueError } from '../../outbox/outbox.ts';
import type { EnqueueMeta } from '../../outbox/outbox-meta.ts';
import { formFileName } from './form-file-name.ts';

export interface FormQueueMeta {
  childId: string;
  documentType: EnqueueMeta['documentType'];
  /** By the naming standard (004), the same title the PDF's heading carries. */
  title: string;
  completedOn: string;
  /** Only "on behalf of" (000): the person who wrote the form when not the one queueing it. */
  author?: { name: string; role: string } | undefined;
  uploaderStaffId: string;
}

/**
 * The single place that tells the gateway a document was born in Hearth: there is no paper copy in
 * the home to mark with its upload date (001), so the gateway records "no hard copy".
 */
export const FORM_ORIGIN = { origin: 'hearth-form' } satisfies Partial<EnqueueMeta>;

export async function queueForm(
  pdf: Uint8Array,
  meta: FormQueueMeta,
): Promise<Result<{ outboxId: string }, EnqueueError>> {
  const file = new Blob([new Uint8Array(pdf)], { type: 'application/pdf' });
  return enqueue(file, {
    childId: meta.childId,
    documentType: meta.documentType,
    title: meta.title,
    completedOn: meta.completedOn,
    fileName: formFileName(meta.title),
    mimeType: 'application/pdf',
    ...(meta.author ? { authorName: meta.author.name, authorRole: meta.author.role } : {}),
    uploaderStaffId: meta.uploaderStaffId,
    ...FORM_ORIGIN,
  }).catch((error: unknown) => ({
    ok: false as const,
    error: 'storage' as const,
    message: `Hearth could not save the form on this computer: ${error instanceof Error ? error.message : String(error)}`,
  }));
}
