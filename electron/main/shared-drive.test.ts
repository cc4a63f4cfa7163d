import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyName, saveToSharedDrive, type SaveFileOrder, type SharedDriveIo } from './shared-drive.ts';

let base: string;
let share: string;
let outside: string;

beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-share-'));
  share = path.join(base, 'share');
  outside = path.join(base, 'outside');
  await fs.mkdir(share);
  await fs.mkdir(outside);
});
afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

const pdf = new TextEncoder().encode('%PDF-1.7 care plan');
const order = (relativePath: string, extra: Partial<SaveFileOrder> = {}): SaveFileOrder => ({
  relativePath,
  bytes: pdf,
  mimeType: 'application/pdf',
  ifExists: 'fail',
  ...extra,
});

/** Every file under a folder, as relative paths. */
async function listing(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('saving into the shared drive (issue 2: refusing any path outside the folder, never overwriting)', () => {
  it('writes the file, creating its sub-folders, and says where it went', async () => {
    const result = await saveToSharedDrive(share, order('Child A/Care plans/care plan.pdf'));
    expect(result).toEqual({
      ok: true,
      value: { savedAs: path.join(share, 'Child A', 'Care plans', 'care plan.pdf') },
    });
    expect(await fs.readFile(path.join(share, 'Child A', 'Care plans', 'care plan.pdf'))).toEqual(
      Buffer.from(pdf),
    );
    expect(await listing(share)).toEqual([path.join('Child A', 'Care plans', 'care plan.pdf')]);
  });

  it('refuses when no folder is configured', async () => {
    expect(await saveToSharedDrive(undefined, order('a.pdf'))).toMatchObject({
      ok: false,
      error: 'not-configured',
    });
  });

  it.each([
    ['../escape.pdf', 'outside-folder'],
    ['a/../../escape.pdf', 'outside-folder'],
    ['a/../b.pdf', 'outside-folder'],
    ['/etc/escape.pdf', 'outside-folder'],
    ['C:/Windows/escape.pdf', 'outside-folder'],
    ['c:escape.pdf', 'outside-folder'],
    ['\\\\server\\share\\escape.pdf', 'outside-folder'],
    ['a\\..\\..\\escape.pdf', 'invalid-name'],
    ['a//b.pdf', 'invalid-name'],
    ['a/', 'invalid-name'],
    ['./a.pdf', 'invalid-name'],
    ['CON', 'invalid-name'],
    ['nul.txt', 'invalid-name'],
    ['Child A/COM1.pdf', 'invalid-name'],
    ['lpt9', 'invalid-name'],
    ['a<b>.pdf', 'invalid-name'],
    ['what?.pdf', 'invalid-name'],
    ['plan.pdf:stream', 'invalid-name'],
    ['a:stream.pdf', 'outside-folder'],
    ['a|b.pdf', 'invalid-name'],
    ['a"b.pdf', 'invalid-name'],
    ['star*.pdf', 'invalid-name'],
    ['nul\u0000.pdf', 'invalid-name'],
    ['line\nbreak.pdf', 'invalid-name'],
    ['plan.pdf.', 'invalid-name'],
    ['plan.pdf ', 'invalid-name'],
    [`${'x'.repeat(260)}.pdf`, 'invalid-name'],
  ])('refuses %j as %s and writes nothing anywhere', async (relativePath, error) => {
    const result = await saveToSharedDrive(share, order(relativePath));
    expect(result).toMatchObject({ ok: false, error });
    expect(await listing(base)).toEqual([]);
  });

  it('refuses a sub-folder that is a symlink leading outside the folder', async () => {
    await fs.symlink(outside, path.join(share, 'Child A'), 'dir');
    const result = await saveToSharedDrive(share, order('Child A/plan.pdf'));
    expect(result).toMatchObject({ ok: false, error: 'outside-folder' });
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it('never writes through a file-name symlink pointing outside, even a dangling one', async () => {
    await fs.symlink(path.join(outside, 'planted.pdf'), path.join(share, 'plan.pdf'));
    expect(await saveToSharedDrive(share, order('plan.pdf'))).toMatchObject({ ok: false, error: 'exists' });
    expect(await saveToSharedDrive(share, order('plan.pdf', { ifExists: 'keep-both' }))).toMatchObject({
      ok: true,
      value: { savedAs: path.join(share, 'plan (2).pdf') },
    });
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it('follows a configured folder that is itself a link (e.g. to a mounted share)', async () => {
    const link = path.join(base, 'S-drive');
    await fs.symlink(share, link, 'dir');
    expect(await saveToSharedDrive(link, order('Child A/plan.pdf'))).toMatchObject({ ok: true });
    expect(await listing(share)).toEqual([path.join('Child A', 'plan.pdf')]);
  });

  it('leaves an existing file untouched and answers "exists"', async () => {
    await fs.writeFile(path.join(share, 'plan.pdf'), 'the original');
    const result = await saveToSharedDrive(share, order('plan.pdf'));
    expect(result).toMatchObject({ ok: false, error: 'exists' });
    expect(await fs.readFile(path.join(share, 'plan.pdf'), 'utf8')).toBe('the original');
  });

  it('keeps both as "name (2).pdf", then "name (3).pdf"', async () => {
    await fs.writeFile(path.join(share, 'plan.pdf'), 'the original');
    const second = await saveToSharedDrive(share, order('plan.pdf', { ifExists: 'keep-both' }));
    const third = await saveToSharedDrive(share, order('plan.pdf', { ifExists: 'keep-both' }));
    expect(second).toEqual({ ok: true, value: { savedAs: path.join(share, 'plan (2).pdf') } });
    expect(third).toEqual({ ok: true, value: { savedAs: path.join(share, 'plan (3).pdf') } });
    expect(await fs.readFile(path.join(share, 'plan.pdf'), 'utf8')).toBe('the original');
    expect(await listing(share)).toEqual(['plan (2).pdf', 'plan (3).pdf', 'plan.pdf']);
  });

  it('gives simultaneous saves of the same name different names, each whole', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => saveToSharedDrive(share, order('plan.pdf', { ifExists: 'keep-both' }))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const names = await listing(share);
    expect(names).toHaveLength(6);
    for (const name of names) expect(await fs.readFile(path.join(share, name))).toEqual(Buffer.from(pdf));
  });

  it('leaves no temporary file behind', async () => {
    await saveToSharedDrive(share, order('plan.pdf'));
    expect(await listing(share)).toEqual(['plan.pdf']);
  });

  it('leaves neither a half-written document nor a temporary file when the write fails part-way', async () => {
    const failingIo: SharedDriveIo = {
      realpath: (target) => fs.realpath(target),
      mkdir: (target) => fs.mkdir(target),
      rename: (from, to) => fs.rename(from, to),
      rm: (target, options) => fs.rm(target, options),
      open: async (target, flags) => {
        const handle = await fs.open(target, flags);
        if (!target.endsWith('.part')) return handle;
        return {
          // The share drops out after half the document.
          writeFile: async (data: Uint8Array) => {
            await handle.writeFile(data.subarray(0, data.length / 2));
            throw Object.assign(new Error('network name no longer available'), { code: 'ENETRESET' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const result = await saveToSharedDrive(share, order('plan.pdf'), failingIo);
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
    expect(await listing(share)).toEqual([]);
  });

  it('reports an unreachable folder as an io-error', async () => {
    const result = await saveToSharedDrive(path.join(base, 'unplugged'), order('plan.pdf'));
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
  });

  it('names copies before the extension', () => {
    expect(copyName('plan.pdf', 2)).toBe('plan (2).pdf');
    expect(copyName('notes', 3)).toBe('notes (3)');
    expect(copyName('plan.final.pdf', 2)).toBe('plan.final (2).pdf');
  });
});
