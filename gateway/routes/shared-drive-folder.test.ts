/**
 * The home's shared-drive folder over the real gateway (issue 6: "The home sets, once, the
 * shared-drive folder and the file-name pattern"; guidance 001: downloads are "saved onto the
 * shared drive following the home's recording policy"). Kept with the pattern in the home's download
 * settings; only the home's managers set it; a path that is not a full folder path is refused in
 * words. Larchfield: priya.shah (Registered Manager), sam.fletcher (RCCW, read only), grace.adeyemi
 * (Principal RCCW). Harbour View: daniel.osei (Registered Manager).
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadSettings } from '../../shared/api/downloads.ts';
import { DEFAULT_FILE_NAME_PATTERN } from '../../shared/domain/file-name-pattern.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, signIn, startSeededGateway, TEST_NOW, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const token: Record<string, string> = {};
const FOLDER = 'S:\\Children’s Home\\Larchfield\\Hearth';

beforeAll(async () => {
  gw = await startSeededGateway('shared-drive-folder');
  db = openDatabase(gw.dataDir);
  for (const who of ['priya.shah', 'sam.fletcher', 'grace.adeyemi', 'daniel.osei']) {
    token[who] = (await signIn(gw.url, who)).tokens.accessToken;
  }
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const settingsOf = async (who: string) =>
  DownloadSettings.parse(
    (await call(gw.url, 'GET', '/api/v1/home/download-settings', { token: token[who] })).body,
  );
const put = (who: string, body: unknown) =>
  call(gw.url, 'PUT', '/api/v1/home/download-settings', { token: token[who], body });
const change = (sharedDriveFolder: unknown) => ({
  pattern: DEFAULT_FILE_NAME_PATTERN,
  downloadRoles: ['registered-manager', 'assistant-manager', 'principal-rccw'],
  sharedDriveFolder,
});
const messageOf = (body: unknown) => String(Reflect.get(Object(body), 'message'));

describe('001 "saved onto the shared drive following the home’s recording policy": the home’s folder', () => {
  it('is not set until a manager sets it', async () => {
    expect((await settingsOf('sam.fletcher')).sharedDriveFolder).toBeNull();
  });

  it('a registered manager sets it once for the home; everyone in the home sees it, with who set it and when', async () => {
    const saved = await put('priya.shah', change(`  ${FOLDER}  `));
    expect(saved.status).toBe(200);
    const folder = { path: FOLDER, setBy: 'Priya Shah', setAt: TEST_NOW };
    expect(DownloadSettings.parse(saved.body).sharedDriveFolder).toEqual(folder);
    // The app receives it with the download settings, whoever is signed in.
    expect((await settingsOf('sam.fletcher')).sharedDriveFolder).toEqual(folder);
    // Another home's settings are its own.
    expect((await settingsOf('daniel.osei')).sharedDriveFolder).toBeNull();
    // Audited old → new (DOMAIN.md "Audit": who changed how Hearth behaves, and when).
    const audited = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'download-settings-changed')
      .execute();
    expect(audited.map((r) => r.detail)).toContain(`shared-drive folder: not set → ${FOLDER}`);
  });

  it('saving the pattern again without a folder leaves the folder, and who set it, as they were', async () => {
    gw.time.advance(60_000);
    const { sharedDriveFolder: _kept, ...rest } = change(null);
    expect((await put('priya.shah', rest)).status).toBe(200);
    expect((await settingsOf('priya.shah')).sharedDriveFolder).toEqual({
      path: FOLDER,
      setBy: 'Priya Shah',
      setAt: TEST_NOW,
    });
  });

  it('read-only staff, and a principal worker who is not a manager, are refused and nothing changes', async () => {
    for (const who of ['sam.fletcher', 'grace.adeyemi']) {
      const refused = await put(who, change('/mnt/elsewhere'));
      expect(refused.status).toBe(403);
      expect(messageOf(refused.body)).toContain('Only the home’s registered manager or assistant manager');
    }
    expect((await settingsOf('priya.shah')).sharedDriveFolder?.path).toBe(FOLDER);
  });

  it.each([
    ['a relative path', 'Hearth\\Downloads', 'Enter the full path of the folder'],
    ['a path that climbs out', 'S:\\Hearth\\..\\Windows', 'may not contain “.” or “..”'],
    ['a control character', 'S:\\Hearth\u0007', 'control character'],
    ['a character Windows forbids', 'S:\\Hearth|Downloads', 'Windows does not allow'],
    ['nothing at all', '   ', 'Enter the shared-drive folder'],
  ])('%s is refused with a clear error, and the folder kept', async (_what, folder, why) => {
    const refused = await put('priya.shah', change(folder));
    expect(refused.status).toBe(400);
    expect(messageOf(refused.body)).toContain(why);
    expect((await settingsOf('priya.shah')).sharedDriveFolder?.path).toBe(FOLDER);
  });

  it('a POSIX folder is accepted too; null takes the folder away', async () => {
    expect(
      DownloadSettings.parse((await put('priya.shah', change('/mnt/share/Hearth'))).body).sharedDriveFolder
        ?.path,
    ).toBe('/mnt/share/Hearth');
    expect(DownloadSettings.parse((await put('priya.shah', change(null))).body).sharedDriveFolder).toBeNull();
  });
});
