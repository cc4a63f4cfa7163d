/**
 * The messages between the sync engine and the range worker (outbox-range.worker.ts), parsed from
 * `unknown` on both sides: postMessage is a boundary like any other.
 */
import { z } from 'zod';
import { CryptoKeySchema } from './outbox-protocol.ts';

/** Asked once so the worker's script is loaded before it is needed (the bench harness stops serving it). */
export const RangePing = z.object({ kind: z.literal('ping'), requestId: z.number().int() });

export const RangeRequest = z.object({
  kind: z.literal('range'),
  requestId: z.number().int(),
  key: CryptoKeySchema,
  item: z.object({
    outboxId: z.uuid(),
    size: z.number().int().nonnegative(),
    chunkCount: z.number().int().positive(),
  }),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type RangeRequest = z.infer<typeof RangeRequest>;

export const RangeAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pong'), requestId: z.number().int() }),
  /** The plain bytes as a Blob: handed over by reference, not copied. */
  z.object({ kind: z.literal('range'), requestId: z.number().int(), bytes: z.instanceof(Blob) }),
  z.object({
    kind: z.literal('range-failed'),
    requestId: z.number().int(),
    /** true: the document itself is damaged or missing a part (never sent); false: try again. */
    unreadable: z.boolean(),
    message: z.string(),
  }),
]);
export type RangeAnswer = z.infer<typeof RangeAnswer>;
