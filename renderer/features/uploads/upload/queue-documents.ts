/**
 * Puts checked documents into the outbox one after another. Each `enqueue` resolves only after its
 * IndexedDB transaction committed, so what is reported as saved IS saved; on the first refusal
 * (e.g. the disk is full) it stops and says which were saved and why the rest were not.
 */
import { enqueue } from '../../../outbox/outbox.ts';
import type { EnqueueMeta } from '../../../outbox/outbox-meta.ts';

export interface QueueOutcome {
  /** Titles saved on this computer, in order. */
  saved: string[];
  failure: { error: string; message: string } | null;
}

export async function queueDocuments(
  requests: readonly { file: File; meta: EnqueueMeta }[],
): Promise<QueueOutcome> {
  const saved: string[] = [];
  for (const request of requests) {
    const result = await enqueue(request.file, request.meta).catch((error: unknown) => ({
      ok: false as const,
      error: 'storage',
      message: `Hearth could not save the document on this computer: ${error instanceof Error ? error.message : String(error)}`,
    }));
    if (!result.ok) return { saved, failure: { error: result.error, message: result.message } };
    saved.push(request.meta.title);
  }
  return { saved, failure: null };
}
