/**
 * Which folder the main process saves into (issue 6: "The home sets, once, the shared-drive folder";
 * guidance 001: downloads are "saved onto the shared drive following the home's recording policy").
 * The home's folder comes from the gateway through the page; IT's folder for this computer wins.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSharedDriveFolders } from './shared-drive-folder.ts';

const HOME = path.resolve('/mnt/share/Larchfield');
const IT = path.resolve('/srv/it-share');

describe('the folder downloads are saved into', () => {
  it('none until the home sets one: nothing can be saved', () => {
    const folders = createSharedDriveFolders(undefined);
    expect(folders.current()).toBeUndefined();
    expect(folders.status()).toEqual({ configured: false, mode: 'folder' });
  });

  it('the home’s folder, set by its managers on the gateway, once the app hands it over', () => {
    const folders = createSharedDriveFolders(undefined);
    expect(folders.setHomeFolder(HOME)).toEqual({
      configured: true,
      folder: HOME,
      mode: 'folder',
      setBy: 'home',
    });
    expect(folders.current()).toBe(HOME);
    // The home took its folder away: nothing is saved until it sets another.
    expect(folders.setHomeFolder(null)).toEqual({ configured: false, mode: 'folder' });
    expect(folders.current()).toBeUndefined();
  });

  it('IT’s folder for this computer wins over the home’s, and the status says it is IT’s', () => {
    const folders = createSharedDriveFolders(IT);
    expect(folders.setHomeFolder(HOME)).toEqual({
      configured: true,
      folder: IT,
      mode: 'folder',
      setBy: 'it-department',
    });
    expect(folders.current()).toBe(IT);
  });

  it('a home folder that is not a full path on this computer is not used, and saving says why', async () => {
    // On Linux or a Mac a Windows drive path is relative: writing there would land beside Hearth.
    const folders = createSharedDriveFolders(undefined, path.posix.isAbsolute);
    const status = folders.setHomeFolder('S:\\Children’s Home\\Hearth');
    expect(status.configured).toBe(false);
    expect(status.problem).toContain('not a full folder path on this computer');
    expect(folders.current()).toBeUndefined();
    const order = {
      relativePath: 'plan.pdf',
      bytes: new Uint8Array(1),
      mimeType: 'application/pdf',
      ifExists: 'fail' as const,
    };
    expect(await folders.save(order)).toEqual({
      ok: false,
      error: 'not-configured',
      message: status.problem,
    });
  });

  it('with no folder at all, saving says the home has not set one yet', async () => {
    const order = {
      relativePath: 'plan.pdf',
      bytes: new Uint8Array(1),
      mimeType: 'application/pdf',
      ifExists: 'fail' as const,
    };
    expect(await createSharedDriveFolders(undefined).save(order)).toMatchObject({
      ok: false,
      error: 'not-configured',
      message: expect.stringContaining('has not set its shared-drive folder'),
    });
  });
});
