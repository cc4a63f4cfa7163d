/**
 * Choosing the shared-drive folder (issue 6: the home sets the folder once; downloads are written
 * only inside it). The main process decides; the page can only ask.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chooseSharedDriveFolder, type FolderChoiceDeps } from './shared-drive-folder.ts';

const SHARE = path.resolve('/mnt/share/Hearth');

function deps(over: Partial<FolderChoiceDeps> = {}) {
  const written: string[] = [];
  const d: FolderChoiceDeps = {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [SHARE] })),
    isFolder: vi.fn(async () => true),
    readConfig: vi.fn(async () => JSON.stringify({ gatewayUrl: 'https://hearth.example.gov.uk' })),
    writeConfig: vi.fn(async (text: string) => void written.push(text)),
    ...over,
  };
  return { d, written };
}

describe('choosing the shared-drive folder', () => {
  it('keeps the chosen folder in the configuration file, with the other settings untouched', async () => {
    const { d, written } = deps();
    const result = await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, d);
    expect(result).toEqual({ ok: true, value: { configured: true, folder: SHARE, mode: 'folder' } });
    expect(written.map((t) => JSON.parse(t) as unknown)).toEqual([
      { gatewayUrl: 'https://hearth.example.gov.uk', sharedDriveFolder: SHARE },
    ]);
  });

  it('starts the dialog at the current folder', async () => {
    const { d } = deps();
    await chooseSharedDriveFolder({ current: SHARE, managedByEnvironment: false }, d);
    expect(d.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: SHARE }));
  });

  it('changes nothing when the person cancels, or picks something that is not a folder', async () => {
    const cancelled = deps({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    expect(
      await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, cancelled.d),
    ).toMatchObject({
      ok: false,
      error: 'cancelled',
    });
    const notFolder = deps({ isFolder: async () => false });
    expect(
      await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, notFolder.d),
    ).toMatchObject({
      ok: false,
      error: 'invalid-folder',
    });
    const relative = deps({ showOpenDialog: async () => ({ canceled: false, filePaths: ['share/Hearth'] }) });
    expect(
      await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, relative.d),
    ).toMatchObject({
      ok: false,
      error: 'invalid-folder',
    });
    expect([...cancelled.written, ...notFolder.written, ...relative.written]).toEqual([]);
  });

  it('leaves a folder IT set for this computer alone, without even asking', async () => {
    const { d, written } = deps();
    expect(await chooseSharedDriveFolder({ current: SHARE, managedByEnvironment: true }, d)).toMatchObject({
      ok: false,
      error: 'managed',
    });
    expect(d.showOpenDialog).not.toHaveBeenCalled();
    expect(written).toEqual([]);
  });

  it('never overwrites a configuration file it cannot read as settings', async () => {
    const { d, written } = deps({ readConfig: async () => '["not", "settings"]' });
    expect(
      await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, d),
    ).toMatchObject({
      ok: false,
      error: 'io-error',
    });
    expect(written).toEqual([]);
  });

  it('writes a new file when there is none yet', async () => {
    const { d, written } = deps({ readConfig: async () => null });
    expect((await chooseSharedDriveFolder({ current: undefined, managedByEnvironment: false }, d)).ok).toBe(
      true,
    );
    expect(written.map((t) => JSON.parse(t) as unknown)).toEqual([{ sharedDriveFolder: SHARE }]);
  });
});
