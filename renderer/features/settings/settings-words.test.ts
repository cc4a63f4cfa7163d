// The settings screen's sentences (issue 4: "navigator.storage.persist() requested and its answer
// shown in settings"): each answer of the host and the browser has its own words.
import { describe, expect, it } from 'vitest';
import {
  keyStoreWords,
  sharedDriveWords,
  STORAGE_MAY_BE_CLEARED,
  STORAGE_PERSISTENT,
  STORAGE_UNKNOWN,
  storageWords,
  versionWords,
} from './settings-words.ts';

describe('settings words', () => {
  it('says what persistent storage means for each answer', () => {
    expect(storageWords(true)).toBe(STORAGE_PERSISTENT);
    expect(storageWords(false)).toBe(STORAGE_MAY_BE_CLEARED);
    expect(storageWords(null)).toBe(STORAGE_UNKNOWN);
  });

  it('names the key store, and why it is unavailable', () => {
    expect(keyStoreWords({ available: true, backend: 'keychain' })).toBe('Available (keychain)');
    expect(keyStoreWords({ available: false, backend: 'basic_text', reason: 'No keyring.' })).toBe(
      'Not available (basic_text): No keyring.',
    );
  });

  it('says where downloads go (issue 6: the home’s folder, unless IT set one for this computer)', () => {
    expect(sharedDriveWords({ configured: false, mode: 'download' })).toMatch(/saved by the browser/);
    expect(sharedDriveWords({ configured: false, mode: 'folder' })).toMatch(/^Not set up/);
    expect(
      sharedDriveWords({ configured: true, mode: 'folder', folder: 'S:\\Larchfield', setBy: 'home' }),
    ).toBe('Files you download are saved in S:\\Larchfield, the home’s shared-drive folder');
    expect(
      sharedDriveWords({ configured: true, mode: 'folder', folder: '/srv/it', setBy: 'it-department' }),
    ).toBe('Files you download are saved in /srv/it — set by your IT department on this computer');
    expect(sharedDriveWords({ configured: false, mode: 'folder', problem: 'Not a full path here.' })).toBe(
      'Not a full path here.',
    );
  });

  it('gives the version, build and host', () => {
    expect(
      versionWords({ name: 'Hearth', version: '0.1.0', build: 'abc', host: 'browser', platform: 'Linux' }),
    ).toBe('0.1.0 (build abc, in a browser)');
  });
});

describe('the settings address', () => {
  it('is #/settings and nothing longer', async () => {
    const { isSettingsHash, SETTINGS_HREF } = await import('./index.ts');
    expect(isSettingsHash(SETTINGS_HREF)).toBe(true);
    expect(isSettingsHash('#/settings?x=1')).toBe(true);
    expect(isSettingsHash('#/settings/keys')).toBe(false);
    expect(isSettingsHash('#/children')).toBe(false);
  });
});
