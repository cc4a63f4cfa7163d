/**
 * Issue 7 (DOMAIN.md "Audit"): a change to a setting of this computer is recorded as what changed,
 * old → new, and saving or choosing the same value again records nothing.
 */
import { describe, expect, it } from 'vitest';
import type { SharedDriveStatus } from '../../shared/bridge/schemas.ts';
import { fail, ok } from '../../shared/result.ts';
import { chooseSharedDriveFolder, settingChange, type FolderHost } from './setting-change.ts';

const folder = (path: string): SharedDriveStatus => ({ configured: true, folder: path, mode: 'folder' });
const notSet: SharedDriveStatus = { configured: false, mode: 'folder' };

/** A host whose folder dialog answers `answer`; the folder before is `before`. */
const hostWith = (
  before: SharedDriveStatus,
  answer: Awaited<ReturnType<FolderHost['chooseSharedDriveFolder']>>,
) =>
  ({
    sharedDriveStatus: () => Promise.resolve(before),
    chooseSharedDriveFolder: () => Promise.resolve(answer),
  }) satisfies FolderHost;

async function recorded(host: FolderHost): Promise<string[]> {
  const details: string[] = [];
  await chooseSharedDriveFolder(host, (detail) => {
    details.push(detail);
    return Promise.resolve();
  });
  return details;
}

describe('settingChange (issue 7: settings changed are audited)', () => {
  it('says what changed, old → new', () => {
    expect(settingChange('auto-lock minutes', '5', '1')).toBe('auto-lock minutes: 5 → 1');
  });

  it('records nothing when the value is the same', () => {
    expect(settingChange('auto-lock minutes', '5', '5')).toBeNull();
  });
});

describe('chooseSharedDriveFolder (issue 7: the shared-drive folder choice is audited)', () => {
  it('records the old and the new folder', async () => {
    const host = hostWith(folder('S:\\Home\\Hearth'), ok(folder('T:\\Larchfield\\Hearth')));
    expect(await recorded(host)).toEqual(['shared-drive folder: S:\\Home\\Hearth → T:\\Larchfield\\Hearth']);
  });

  it('says "not set" for the first choice', async () => {
    expect(await recorded(hostWith(notSet, ok(folder('S:\\Hearth'))))).toEqual([
      'shared-drive folder: not set → S:\\Hearth',
    ]);
  });

  it('records nothing when the dialog was cancelled or the same folder chosen', async () => {
    expect(await recorded(hostWith(notSet, fail('cancelled', 'Cancelled.')))).toEqual([]);
    expect(await recorded(hostWith(folder('S:\\Hearth'), ok(folder('S:\\Hearth'))))).toEqual([]);
  });
});
