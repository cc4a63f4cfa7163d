/**
 * The home's shared-drive folder, checked when a manager sets it (issue 6: "The home sets, once, the
 * shared-drive folder"; guidance 001: downloads are "saved onto the shared drive following the
 * home's recording policy"). Windows or POSIX full paths; nothing a share could not hold.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FOLDER, SharedDriveFolderPath, folderProblem } from './shared-drive-folder.ts';

describe('a shared-drive folder the home may use', () => {
  it.each([
    'S:\\Children’s Home\\Hearth',
    'S:/Larchfield/Hearth',
    '\\\\council-fs01\\homes\\Larchfield House',
    '/mnt/share/Hearth',
    '/',
  ])('accepts %s', (folder) => {
    expect(folderProblem(folder)).toBeNull();
  });

  it('is trimmed before it is kept', () => {
    expect(SharedDriveFolderPath.parse('  S:\\Hearth  ')).toBe('S:\\Hearth');
  });
});

describe('a folder refused, with the reason in words', () => {
  it.each([
    ['', /Enter the shared-drive folder/],
    ['Hearth\\Downloads', /full path/],
    ['S:Hearth', /full path/],
    ['./Hearth', /full path/],
    ['\\\\server', /full path/],
    ['S:\\Hearth\\..\\Windows', /“\.” or “\.\.”/],
    ['/mnt/share/../../etc', /“\.” or “\.\.”/],
    ['S:\\Hearth\tDownloads', /control character/],
    ['/mnt/share\nHearth', /control character/],
    ['S:\\Hearth|Downloads', /Windows does not allow/],
    ['S:\\Hearth\\C:\\Other', /Windows does not allow/],
  ])('%j', (folder, why) => {
    expect(folderProblem(folder)).toMatch(why);
    expect(SharedDriveFolderPath.safeParse(folder).success).toBe(false);
  });

  it('too long for a saved file’s full path to fit Windows’ 260 characters', () => {
    expect(folderProblem(`S:\\${'a'.repeat(MAX_FOLDER - 3)}`)).toBeNull();
    expect(folderProblem(`S:\\${'a'.repeat(MAX_FOLDER - 2)}`)).toMatch(/260/);
  });
});
