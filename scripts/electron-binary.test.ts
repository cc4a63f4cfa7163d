import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.ts';

let root: string;
const electronDir = () => path.join(root, 'node_modules', 'electron');

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-electron-'));
  await fs.mkdir(electronDir(), { recursive: true });
  await fs.writeFile(path.join(electronDir(), 'package.json'), '{"name":"electron"}');
  // The real index.js would start a download; this one fails the test if anything loads it.
  await fs.writeFile(path.join(electronDir(), 'index.js'), 'throw new Error("index.js must not be loaded")');
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function installBinary(relative = 'electron') {
  await fs.writeFile(path.join(electronDir(), 'path.txt'), relative);
  const binary = path.join(electronDir(), 'dist', relative);
  await fs.mkdir(path.dirname(binary), { recursive: true });
  await fs.writeFile(binary, '');
  return binary;
}

describe('findElectronBinary', () => {
  it('explains, in words for the test output, when the binary was never downloaded', () => {
    expect(findElectronBinary(root, {})).toEqual({
      ok: false,
      reason:
        'the Electron binary is not installed (node_modules/electron/dist is missing; this machine cannot download it)',
    });
  });

  it('says when the electron package itself is missing', async () => {
    await fs.rm(path.join(root, 'node_modules'), { recursive: true });
    expect(findElectronBinary(root, {})).toMatchObject({
      ok: false,
      reason: expect.stringContaining('npm install'),
    });
  });

  it('refuses a dist folder without the executable path.txt names', async () => {
    const binary = await installBinary();
    await fs.rm(binary);
    expect(findElectronBinary(root, {})).toMatchObject({
      ok: false,
      reason: expect.stringContaining(binary),
    });
  });

  it('finds the executable that path.txt names', async () => {
    const binary = await installBinary('Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary(root, {})).toEqual({ ok: true, path: binary });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const elsewhere = path.join(root, 'cache');
    await fs.mkdir(elsewhere);
    await fs.writeFile(path.join(elsewhere, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toEqual({
      ok: true,
      path: path.join(elsewhere, 'electron'),
    });
  });
});
