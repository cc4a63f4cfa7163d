/**
 * The download log over the real gateway (issue 6: "The download, its file name and the SHA-256 of
 * what was saved are audited"; guidance 001: everything is "digitally logged against each staff
 * member's account history and can be reviewed by management"). The audit event keeps 200
 * characters; the log keeps the full name the gateway gave, the full path the device saved under
 * (e.g. "… (2).pdf") and both hashes, for the home's managers.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALREADY_SAVED,
  DOWNLOAD_NOT_FOUND,
  DownloadLog,
  NOT_WHAT_WAS_SENT,
} from '../../shared/api/download-log.ts';
import { DOWNLOAD_ID_HEADER, FILE_NAME_HEADER, SHA256_HEADER } from '../../shared/api/downloads.ts';
import { DocumentList } from '../../shared/api/records.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const token: Record<string, string> = {};
const KOFI = 'child-kofi-mensah';

beforeAll(async () => {
  gw = await startSeededGateway('download-log');
  db = openDatabase(gw.dataDir);
  for (const who of ['priya.shah', 'tom.reilly', 'sam.fletcher', 'daniel.osei']) {
    token[who] = (await signIn(gw.url, who)).tokens.accessToken;
  }
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

async function downloadCarePlan(who: string) {
  const list = await call(gw.url, 'GET', `/api/v1/children/${KOFI}/documents`, { token: token[who] });
  const plan = DocumentList.parse(list.body).documents.find((d) => d.type === 'cla-care-plan');
  if (!plan) throw new Error('Kofi has no care plan in the demo data');
  const response = await fetch(`${gw.url}/api/v1/children/${KOFI}/documents/${plan.id}/download`, {
    headers: { authorization: `Bearer ${token[who] ?? ''}` },
  });
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    plan,
    id: response.headers.get(DOWNLOAD_ID_HEADER) ?? '',
    fileName: decodeURIComponent(response.headers.get(FILE_NAME_HEADER) ?? ''),
    sha256: response.headers.get(SHA256_HEADER) ?? '',
    actual: createHash('sha256').update(bytes).digest('hex'),
  };
}

const report = (who: string, id: string, body: unknown) =>
  call(gw.url, 'POST', `/api/v1/downloads/${id}/saved`, { token: token[who], body });
const messageOf = (body: unknown) => String(Reflect.get(Object(body), 'message'));

// A deep share and a long title: more than the audit event's 200 characters.
const FOLDER = `S:\\Children’s Home\\Larchfield House\\Recording policy 2026\\${'Downloads from Mosaic '.repeat(3)}`;

describe('the full saved name and the SHA-256 of what was saved (issue 6)', () => {
  it('the device reports where it saved a download, once; the whole path is kept, however long', async () => {
    const first = await downloadCarePlan('priya.shah');
    expect(first.id).not.toBe('');
    expect(first.sha256).toBe(first.actual);
    // The file existed, so the desktop saved it beside it as "(2)".
    const savedAs = `${FOLDER}\\${first.fileName.replaceAll('/', '\\').replace(/\.pdf$/, ' (2).pdf')}`;
    expect(savedAs.length).toBeGreaterThan(200);

    expect((await report('priya.shah', first.id, { savedAs, sha256: first.actual })).status).toBe(204);
    const again = await report('priya.shah', first.id, { savedAs: 'elsewhere.pdf', sha256: first.actual });
    expect(again.status).toBe(409);
    expect(messageOf(again.body)).toBe(ALREADY_SAVED);

    const row = await db
      .selectFrom('downloads')
      .select(['file_name', 'sha256', 'saved_as', 'saved_sha256'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      file_name: first.fileName,
      sha256: first.actual,
      saved_as: savedAs,
      saved_sha256: first.actual,
    });
  });

  it('bytes that are not the bytes sent are not recorded as saved', async () => {
    const download = await downloadCarePlan('priya.shah');
    const refused = await report('priya.shah', download.id, { savedAs: 'plan.pdf', sha256: '0'.repeat(64) });
    expect(refused.status).toBe(400);
    expect(messageOf(refused.body)).toBe(NOT_WHAT_WAS_SENT);
    const malformed = await report('priya.shah', download.id, {
      savedAs: 'a\nb.pdf',
      sha256: download.actual,
    });
    expect(malformed.status).toBe(400);
  });

  it('only the person who downloaded it reports it; another’s id is not found', async () => {
    const download = await downloadCarePlan('priya.shah');
    for (const who of ['tom.reilly', 'daniel.osei']) {
      const refused = await report(who, download.id, { savedAs: 'plan.pdf', sha256: download.actual });
      expect(refused.status).toBe(404);
      expect(messageOf(refused.body)).toBe(DOWNLOAD_NOT_FOUND);
    }
  });
});

describe('the managers’ download log (001: reviewed by management)', () => {
  it('shows each download with the full file name, the full saved path and both hashes, newest first', async () => {
    const answer = await call(gw.url, 'GET', '/api/v1/audit/downloads', { token: token['tom.reilly'] });
    expect(answer.status).toBe(200);
    const { downloads } = DownloadLog.parse(answer.body);
    expect(downloads).toHaveLength(3);
    const saved = downloads.find((d) => d.saved !== null);
    expect(saved).toMatchObject({
      person: { name: 'Priya Shah', role: 'Registered Manager' },
      child: { id: KOFI, name: 'Kofi Mensah' },
      basis: 'permitted-type',
      saved: { sha256: saved?.sha256 },
    });
    expect(saved?.saved?.as.startsWith(FOLDER)).toBe(true);
    expect(saved?.saved?.as.endsWith(' (2).pdf')).toBe(true);
    expect(downloads.map((d) => d.at)).toEqual([...downloads.map((d) => d.at)].sort().reverse());
    // Looking at it is audited as a look at the audit.
    const looked = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'audit-viewed')
      .execute();
    expect(looked).toContainEqual({ detail: 'download log' });
  });

  it('is refused to staff who are not managers, and another home sees only its own', async () => {
    const refused = await call(gw.url, 'GET', '/api/v1/audit/downloads', { token: token['sam.fletcher'] });
    expect(refused.status).toBe(403);
    const other = await call(gw.url, 'GET', '/api/v1/audit/downloads', { token: token['daniel.osei'] });
    expect(DownloadLog.parse(other.body).downloads).toEqual([]);
  });
});
