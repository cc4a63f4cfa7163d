import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, DEFAULT_EXTERNAL_LINKS, loadHostConfig } from './config.ts';

let userData: string;
beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-config-'));
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

const writeConfig = (value: unknown) =>
  fs.writeFile(
    path.join(userData, CONFIG_FILE_NAME),
    typeof value === 'string' ? value : JSON.stringify(value),
  );

describe("the desktop host's configuration", () => {
  it('defaults to the local gateway, no shared drive and the guidance allow-list', () => {
    expect(loadHostConfig(userData, {})).toEqual({
      ok: true,
      value: {
        gatewayUrl: 'http://127.0.0.1:8787',
        gatewayOrigin: 'http://127.0.0.1:8787',
        externalLinkAllowList: DEFAULT_EXTERNAL_LINKS,
      },
    });
  });

  it('reads hearth.config.json from the user-data folder', async () => {
    await writeConfig({
      gatewayUrl: 'https://hearth.example.gov.uk/api/',
      sharedDriveFolder: '/mnt/share/Hearth',
      externalLinkAllowList: ['WWW.GOV.UK'],
    });
    expect(loadHostConfig(userData, {})).toEqual({
      ok: true,
      value: {
        gatewayUrl: 'https://hearth.example.gov.uk/api',
        gatewayOrigin: 'https://hearth.example.gov.uk',
        sharedDriveFolder: '/mnt/share/Hearth',
        externalLinkAllowList: ['www.gov.uk'],
      },
    });
  });

  it('lets HEARTH_GATEWAY_URL and HEARTH_SHARED_DRIVE override the file', async () => {
    await writeConfig({ gatewayUrl: 'https://hearth.example.gov.uk', sharedDriveFolder: '/mnt/share' });
    const loaded = loadHostConfig(userData, {
      HEARTH_GATEWAY_URL: 'http://localhost:9000/',
      HEARTH_SHARED_DRIVE: '/srv/other',
    });
    expect(loaded).toMatchObject({
      ok: true,
      value: { gatewayUrl: 'http://localhost:9000', sharedDriveFolder: '/srv/other' },
    });
  });

  it.each([
    [
      'a remote gateway over plain http',
      { HEARTH_GATEWAY_URL: 'http://hearth.example.gov.uk' },
      'HEARTH_GATEWAY_URL',
      'must use https://',
    ],
    [
      'a gateway URL with credentials',
      { HEARTH_GATEWAY_URL: 'https://u:p@hearth.example.gov.uk' },
      'HEARTH_GATEWAY_URL',
      'user name',
    ],
    ['a non-http gateway', { HEARTH_GATEWAY_URL: 'file:///etc' }, 'HEARTH_GATEWAY_URL', 'https://'],
    ['a gateway that is not a URL', { HEARTH_GATEWAY_URL: 'hearth' }, 'HEARTH_GATEWAY_URL', 'not a URL'],
    ['a relative shared-drive folder', { HEARTH_SHARED_DRIVE: 'share' }, 'HEARTH_SHARED_DRIVE', 'absolute'],
  ])('refuses %s, naming the variable', (_what, env, name, message) => {
    const loaded = loadHostConfig(userData, env);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error).toBe('invalid-config');
      expect(loaded.message).toContain(name);
      expect(loaded.message).toContain(message);
    }
  });

  it.each([
    ['not JSON', '{ gatewayUrl: ', 'not valid JSON'],
    ['a misspelt setting', { gatewayURL: 'https://x.example' }, 'gatewayURL'],
    [
      'a wildcard host',
      { externalLinkAllowList: ['*.gov.uk'] },
      'externalLinkAllowList.0: must be a host name',
    ],
    [
      'a URL where a host is expected',
      { externalLinkAllowList: ['https://www.gov.uk'] },
      'externalLinkAllowList.0',
    ],
    ['a number for the gateway', { gatewayUrl: 8787 }, 'gatewayUrl'],
    ['an array', ['https://x.example'], 'expected object'],
  ])('refuses a file with %s, naming the file and the setting', async (_what, content, message) => {
    await writeConfig(content);
    const loaded = loadHostConfig(userData, {});
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.message).toContain(path.join(userData, CONFIG_FILE_NAME));
      expect(loaded.message).toContain(message);
    }
  });

  it('treats an empty environment variable as unset', () => {
    expect(loadHostConfig(userData, { HEARTH_GATEWAY_URL: '', HEARTH_SHARED_DRIVE: ' ' })).toMatchObject({
      ok: true,
      value: { gatewayUrl: 'http://127.0.0.1:8787' },
    });
  });
});
