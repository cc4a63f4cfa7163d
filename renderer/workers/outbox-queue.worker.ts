/**
 * Queues a document for the outbox entirely off the main thread, so the screen stays responsive
 * while a 50 MB scan is read, hashed, sealed and written (issue 4: the main thread's longest task
 * ≤ 50 ms). The page hands over the file (a Blob: no copy), the device key (a CryptoKey: cloned,
 * still non-extractable) and the checked details; this worker hashes and seals first, under a key
 * made for this item and kept sealed under the device key, then
 * writes the item and its chunks in one transaction, and answers only after it committed.
 * Dexie tells the page's live queries about the new rows itself (across contexts).
 */
import '../zod-without-eval.ts';
import { sealJson } from '../db/aes-gcm.ts';
import { encryptFile } from '../outbox/chunk-crypto.ts';
import { makeItemKey } from '../outbox/item-key.ts';
import { initialStatus } from '../outbox/item-status.ts';
import { metaContext, type SealedMeta } from '../outbox/outbox-meta.ts';
import { saveItem } from '../outbox/save-item.ts';
import { signItem } from '../outbox/item-proof.ts';
import { UploadMetadata } from '../../shared/api/uploads.ts';
import { QueueRequest, type QueueAnswer } from './outbox-protocol.ts';

/**
 * The renderer is type-checked with the DOM library, where `self` is a Window; `postMessage` with
 * one argument and the message event mean the same in a worker's scope.
 */
const answer = (message: QueueAnswer): void => self.postMessage(message);

/** The sealed details, signed in the uploader's name when the page handed over their key (issue 4). */
async function signed(request: QueueRequest, uploaderStaffId: string, meta: SealedMeta): Promise<SealedMeta> {
  if (!request.signer) return meta;
  const named = { ...meta, uploaderStaffId, deviceId: request.signer.deviceId };
  const upload = UploadMetadata.parse({ ...named, outboxId: request.outboxId, queuedAt: request.queuedAt });
  return { ...named, ...(await signItem(request.signer.key, upload)) };
}

async function queue(request: QueueRequest): Promise<QueueAnswer> {
  const { requestId, outboxId, key } = request;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await request.file.arrayBuffer());
  } catch (error) {
    // Typically the file changed or vanished on disk after it was chosen (NotReadableError).
    const why = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      requestId,
      error: 'unreadable',
      message: `Hearth could not read the file (${why}). Choose it again.`,
    };
  }
  // Sealed under a key of its own, so the engine can send the chunks as kept (item-key.ts).
  const itemKey = await makeItemKey(key, outboxId);
  const sealed = await encryptFile(itemKey.key, outboxId, bytes);
  bytes.fill(0); // the plain copy is not needed any more
  // The whole sealed body as ONE Blob (shared/api/sealed-upload.ts): IndexedDB keeps it as a file
  // and gives back a reference, so sending reads one row, never the bytes (a row per 1 MiB chunk
  // took 80 ms to read back for a 25 MiB document).
  const chunks = [{ index: 0, sealed: new Blob(sealed.chunks.flatMap(({ iv, data }) => [iv, data])) }];
  const { uploaderStaffId, ...described } = request.meta;
  const meta: SealedMeta = await signed(request, uploaderStaffId, { ...described, sha256: sealed.sha256 });
  const row = {
    ...initialStatus(),
    outboxId,
    uploaderStaffId,
    queuedAt: request.queuedAt,
    size: sealed.size,
    chunkCount: sealed.chunks.length,
    meta: await sealJson(key, meta, metaContext(outboxId)),
    itemKey: itemKey.sealed,
  };
  const saved = await saveItem(row, chunks);
  return saved.ok
    ? { kind: 'saved', requestId }
    : { kind: 'failed', requestId, error: saved.error, message: saved.message };
}

self.addEventListener('message', (event) => {
  const request = QueueRequest.safeParse(event.data);
  if (!request.success) return;
  queue(request.data).then(answer, (error: unknown) => {
    const message = `Hearth could not save the document on this computer: ${error instanceof Error ? error.message : String(error)}`;
    answer({ kind: 'failed', requestId: request.data.requestId, error: 'storage', message });
  });
});
