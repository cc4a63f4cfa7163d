/**
 * The SHA-256 of a received file, computed by the gateway itself: neither tus-js-client nor
 * @tus/file-store checks what arrived, so this is the only proof that the bytes on the record are
 * the bytes the device hashed before it queued them (issue 4: "the gateway verifies the SHA-256").
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Streams the file through the hash, so a 50 MB upload never sits in memory whole. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk instanceof Buffer ? chunk : Buffer.from(String(chunk)));
  }
  return hash.digest('hex');
}
