/**
 * The messages between the page and the outbox worker, parsed from `unknown` on both sides:
 * postMessage is a boundary like any other.
 */
import { z } from 'zod';
import { EnqueueMeta } from '../outbox/outbox-meta.ts';

// Not z.instanceof(CryptoKey): where WebCrypto is missing the global is too, and parsing must not throw.
export const CryptoKeySchema = z.custom<CryptoKey>(
  (v) => typeof CryptoKey !== 'undefined' && v instanceof CryptoKey,
  'not a key',
);

export const QueueRequest = z.object({
  kind: z.literal('queue'),
  requestId: z.number().int(),
  outboxId: z.uuid(),
  queuedAt: z.iso.datetime(),
  file: z.instanceof(Blob),
  key: CryptoKeySchema,
  meta: EnqueueMeta,
  /** The uploader's upload key and this computer's id, to sign the item (issue 4); null: unsigned. */
  signer: z.object({ key: CryptoKeySchema, deviceId: z.uuid() }).nullable(),
});
export type QueueRequest = z.infer<typeof QueueRequest>;

export const QueueFailure = z.enum(['quota', 'unreadable', 'storage']);
export type QueueFailure = z.infer<typeof QueueFailure>;

export const QueueAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), requestId: z.number().int() }),
  z.object({
    kind: z.literal('failed'),
    requestId: z.number().int(),
    error: QueueFailure,
    message: z.string(),
  }),
]);
export type QueueAnswer = z.infer<typeof QueueAnswer>;
