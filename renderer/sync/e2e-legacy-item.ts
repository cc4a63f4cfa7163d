/**
 * NOT part of the app: the outbox e2e tests load it through e2e-harness.ts. It writes an item the
 * way Hearth wrote them before sealed sending (chunks sealed under the device key, no item key, no
 * uploader's proof), so the tests prove that items a computer queued before its update still go,
 * once, through the older path (decrypting-source.ts). Nothing queued now is written like this.
 */
import { sealJson } from '../db/aes-gcm.ts';
import { deviceKeys } from '../db/device-key.ts';
import { encryptFile } from '../outbox/chunk-crypto.ts';
import { initialStatus } from '../outbox/item-status.ts';
import { outboxDb } from '../outbox/outbox-db.ts';
import { EnqueueMeta, metaContext } from '../outbox/outbox-meta.ts';
import { outboxChanged } from '../outbox/outbox-signals.ts';

export async function enqueueLegacy(file: Blob, input: EnqueueMeta): Promise<string> {
  const keys = await deviceKeys();
  if (!keys.available) throw new Error(keys.reason);
  const key = keys.keys.aes;
  const outboxId = crypto.randomUUID();
  const sealed = await encryptFile(key, outboxId, new Uint8Array(await file.arrayBuffer()));
  const { uploaderStaffId, ...described } = EnqueueMeta.parse(input);
  const row = {
    ...initialStatus(),
    outboxId,
    uploaderStaffId,
    queuedAt: new Date().toISOString(),
    size: sealed.size,
    chunkCount: sealed.chunks.length,
    meta: await sealJson(key, { ...described, sha256: sealed.sha256 }, metaContext(outboxId)),
  };
  const db = outboxDb();
  await db.transaction('rw', db.items, db.chunks, async () => {
    await db.items.add(row);
    for (const chunk of sealed.chunks) await db.chunks.add({ outboxId, ...chunk });
  });
  outboxChanged();
  return outboxId;
}
