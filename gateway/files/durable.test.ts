import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedDirectories, syncFile, syncNewPath } from './durable.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-durable-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('files are on the disk before the gateway says "received" (issue 4: never lost)', () => {
  it('syncs a written file and leaves its bytes as they were', async () => {
    const file = path.join(scratch(), 'doc.pdf');
    writeFileSync(file, '%PDF-1.7 report');
    await syncFile(file);
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 report');
  });

  it('says so when the file is not there, rather than acknowledging nothing', async () => {
    await expect(syncFile(path.join(scratch(), 'missing.pdf'))).rejects.toThrow(/ENOENT/);
  });

  it('syncs the new directories mkdir made, up to the one that already existed', async () => {
    const root = scratch();
    const target = path.join(root, 'ab', 'cd');
    const firstMade = await mkdir(target, { recursive: true });
    expect(changedDirectories(target, firstMade)).toEqual([target, path.join(root, 'ab'), root]);
    await expect(syncNewPath(target, firstMade)).resolves.toBeUndefined();
    // Made already: only the directory the name went into changed.
    expect(changedDirectories(target, await mkdir(target, { recursive: true }))).toEqual([target]);
  });
});
