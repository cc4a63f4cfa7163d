/**
 * Finds the Electron binary without loading the `electron` package: its index.js starts a download
 * when the binary is missing, and this machine cannot download it. Used by `npm start` (to fall back
 * to the browser) and by the Electron end-to-end tests (to skip, saying why).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(
  root: string,
  env: Record<string, string | undefined> = process.env,
): ElectronBinary {
  const packageDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  // path.txt names the executable inside dist/ ("electron", "electron.exe" or
  // "Electron.app/Contents/MacOS/Electron"); the package's install step writes it with the binary.
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  // Electron's own override, for machines that keep the binary elsewhere (e.g. an offline cache).
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override ? path.resolve(override) : path.join(packageDir, 'dist');
  const where = override ? `ELECTRON_OVERRIDE_DIST_PATH (${distDir})` : 'node_modules/electron/dist';
  if (!existsSync(distDir)) {
    return {
      ok: false,
      reason: `the Electron binary is not installed (${where} is missing; this machine cannot download it)`,
    };
  }
  if (!relative && !override) {
    return {
      ok: false,
      reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)',
    };
  }
  const binary = path.join(distDir, relative || 'electron');
  if (!existsSync(binary)) {
    return { ok: false, reason: `the Electron binary is not installed (${binary} is missing)` };
  }
  return { ok: true, path: binary };
}
