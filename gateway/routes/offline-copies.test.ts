/**
 * What the device keeps for offline reading, asked at each sync contact (issue 6: "Permitted
 * documents of the home's children (care plans above all) are cached encrypted for reading
 * offline"; README: "the newest document of each of the seven permitted types is kept"). Over the
 * real gateway: the newest of each permitted type per child of the home, never a restricted
 * record's (002 §6.2) or a departed child's (003), and not audited as anyone's view.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineCopies } from '../../shared/api/offline-copies.ts';
import { DocumentList } from '../../shared/api/records.ts';
import { documentsToKeep } from '../../shared/domain/offline-copies.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const token: Record<string, string> = {};

beforeAll(async () => {
  gw = await startSeededGateway('offline-copies');
  db = openDatabase(gw.dataDir);
  for (const who of ['priya.shah', 'sam.fletcher', 'jess.kowalski', 'daniel.osei']) {
    token[who] = (await signIn(gw.url, who)).tokens.accessToken;
  }
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const copiesFor = async (who: string) => {
  const answer = await call(gw.url, 'GET', '/api/v1/home/offline-copies', { token: token[who] });
  expect(answer.status).toBe(200);
  return OfflineCopies.parse(answer.body).children;
};

describe('the offline copies a device keeps', () => {
  it('for each child of the home, the newest document of each permitted type, as the list would choose', async () => {
    const children = await copiesFor('sam.fletcher');
    const kofi = children.find((c) => c.childId === 'child-kofi-mensah');
    expect(kofi?.documents.length).toBeGreaterThan(0);
    const list = await call(gw.url, 'GET', '/api/v1/children/child-kofi-mensah/documents', {
      token: token['priya.shah'],
    });
    expect(kofi?.documents).toEqual(documentsToKeep(DocumentList.parse(list.body).documents));
    // Not Ethan, who left the home (003), nor another home's child.
    const ids = children.map((c) => c.childId);
    expect(ids).not.toContain('child-ethan-brooks');
    expect(ids).not.toContain('child-yaw-mensah');
  });

  it('never a restricted record’s documents (002 §6.2)', async () => {
    const ids = (await copiesFor('daniel.osei')).map((c) => c.childId);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('child-tyler-obi');
  });

  it('is housekeeping, not a view: nothing is audited as someone looking at documents', async () => {
    const before = await db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'view-documents')
      .execute();
    await copiesFor('priya.shah');
    const after = await db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'view-documents')
      .execute();
    expect(after).toHaveLength(before.length);
  });

  it('someone whose training gives no access to records is refused (001)', async () => {
    const refused = await call(gw.url, 'GET', '/api/v1/home/offline-copies', {
      token: token['jess.kowalski'],
    });
    expect(refused.status).toBe(403);
  });
});
