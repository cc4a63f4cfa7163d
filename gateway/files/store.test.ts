import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStore, sha256Of } from './store.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hearth-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content-addressed file store', () => {
  const store = openFileStore(dir);
  const bytes = new TextEncoder().encode('%PDF-1.7 example');

  it('stores a file under its SHA-256 and reads the same bytes back', async () => {
    const stored = store.put(bytes);
    expect(stored).toEqual({ sha256: sha256Of(bytes), size: bytes.byteLength });
    expect(store.pathOf(stored.sha256)).toBe(
      path.join(dir, 'files', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256),
    );
    expect(await store.read(stored.sha256)).toEqual(bytes);
  });

  it('stores identical bodies once', () => {
    const first = store.put(bytes);
    store.put(Uint8Array.from(bytes));
    const folder = path.dirname(store.pathOf(first.sha256));
    expect(readdirSync(folder)).toEqual([first.sha256]);
  });

  it('refuses a name that is not a hash, so it cannot reach outside the folder', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a SHA-256/);
  });
});
