/**
 * Rows as read back from IndexedDB, parsed from `unknown`: another version of Hearth, or someone
 * with the profile folder, may have written them. A row that does not parse is never deleted here
 * (nothing is dropped silently); the queue lists it as needing attention.
 */
import { z } from 'zod';
import { ItemStatus } from './item-status.ts';

// What IndexedDB gives back is always over a plain ArrayBuffer (never shared memory).
const Bytes = z.custom<Uint8Array<ArrayBuffer>>((v) => v instanceof Uint8Array, 'not bytes');

export const ItemRowSchema = ItemStatus.extend({
  outboxId: z.uuid(),
  uploaderStaffId: z.string().min(1),
  queuedAt: z.iso.datetime(),
  size: z.number().int().positive(),
  chunkCount: z.number().int().positive(),
  meta: z.object({ iv: Bytes, data: Bytes }),
  itemKey: z.object({ iv: Bytes, data: Bytes }).optional(),
});
export type ParsedItemRow = z.infer<typeof ItemRowSchema>;

export const ChunkRowSchema = z.object({
  outboxId: z.uuid(),
  index: z.number().int().nonnegative(),
  iv: Bytes,
  data: Bytes,
});
export type ParsedChunkRow = z.infer<typeof ChunkRowSchema>;

export const SealedChunkRowSchema = z.object({
  outboxId: z.uuid(),
  index: z.number().int().nonnegative(),
  sealed: z.instanceof(Blob),
});
export type ParsedSealedChunkRow = z.infer<typeof SealedChunkRowSchema>;

/** The item, or null when the row is not one Hearth can use. */
export function parseItemRow(row: unknown): ParsedItemRow | null {
  const parsed = ItemRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export function parseSealedChunkRow(row: unknown): ParsedSealedChunkRow | null {
  const parsed = SealedChunkRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export function parseChunkRow(row: unknown): ParsedChunkRow | null {
  const parsed = ChunkRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}
