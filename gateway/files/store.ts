/**
 * Document files on disk under the data folder, named by the SHA-256 of their bytes
 * (`files/ab/cd/abcd…`). Content addressing stores identical bodies once, makes a stored file
 * tamper-evident (its name is its checksum), and lets a retried upload land on the same file.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface StoredFile {
  sha256: string;
  size: number;
}

export interface FileStore {
  /** Writes the bytes unless a file with the same content is already stored. */
  put(bytes: Uint8Array): StoredFile;
  read(sha256: string): Promise<Uint8Array>;
  pathOf(sha256: string): string;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function openFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');

  const pathOf = (sha256: string) => {
    // The name comes from our own database, but refuse anything that is not a hash before it meets the filesystem.
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 file name: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  return {
    pathOf,
    put(bytes) {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        mkdirSync(path.dirname(target), { recursive: true });
        // Write, sync, then rename, so neither a crash nor a power cut leaves a half-written file
        // under a valid name (files/durable.ts says why the sync matters).
        const temporary = `${target}.${process.pid}.tmp`;
        const fd = openSync(temporary, 'w');
        try {
          for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, target);
      }
      return { sha256, size: bytes.byteLength };
    },
    read: async (sha256) => new Uint8Array(await readFile(pathOf(sha256))),
  };
}
