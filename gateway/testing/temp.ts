/** Test helpers: a temp data folder per test file and a config for a real gateway on 127.0.0.1:0. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GatewayConfig } from '../config.ts';

export function tempFolder(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `hearth-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dir: string, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join(dir, 'data'),
    webRoot: path.join(dir, 'web'),
    allowedOrigins: ['app://hearth'],
    smtp: null,
    demoSeed: false,
    logLevel: 'silent',
    offlineDays: 7,
    councilApiToken: null,
    // Most tests sign in from a fresh device id; the enrolment tests ask for 'required'.
    deviceEnrolment: 'open',
    reg40CouncilEvents: [],
    ...overrides,
  };
}

/** A stand-in web build: an index.html that loads a script file, as Vite's build does. */
export function writeWebBuild(webRoot: string): void {
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html lang="en-GB"><head><title>Hearth</title><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'document.title = "Hearth";\n');
}
