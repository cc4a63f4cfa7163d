/**
 * Every demo account (role × training state × home) against every kind of child: own home, another
 * home (guessed ids), a child who has left, an unknown id, and the restricted child. The expected
 * answers are written out here from the guidance, not computed with the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { CaseNoteList, ChildList, ChildRecord, DocumentList } from '../../shared/api/records.ts';
import { StaffProfile } from '../../shared/api/session.ts';
import { HIDDEN_CASE_NOTE_TYPE_IDS } from '../../shared/domain/case-note-types.ts';
import { CONFIDENTIAL_DOCUMENT_TYPES } from '../../shared/domain/catalogue.ts';
import { DEMO_ACCOUNTS } from '../seed/people.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';

const LARCHFIELD = [
  'child-ama-mensah-clarke',
  'child-efua-mensah',
  'child-kofi-mensah',
  'child-leo-hartley',
  'child-ruby-ashworth',
];
const HARBOUR_VIEW = [
  'child-isla-fenwick',
  'child-maya-lindqvist',
  'child-noah-penrose',
  'child-tyler-obi',
  // 004: the Mensahs' youngest; his brother and sisters are at Larchfield House (issue 8).
  'child-yaw-mensah',
];
const HOME_CHILDREN: Record<string, string[]> = {
  'home-larchfield': LARCHFIELD,
  'home-harbour-view': HARBOUR_VIEW,
};
const RESTRICTED = 'child-tyler-obi';
/** Ethan Brooks's placement at Larchfield ended on 2026-06-30: he no longer exists for its staff. */
const LEFT = 'child-ethan-brooks';
const UNKNOWN = ['child-nobody', '7d9f5a8e-1c2b-4d3e-8f90-a1b2c3d4e5f6'];

/** 001: 2 modules (1 and 2) to read; an upload role with all 9 to upload; what is missing is named. */
const EXPECTED_ACCESS: Record<string, { level: string; missing: number[] }> = {
  'priya.shah': { level: 'read-upload', missing: [] },
  'tom.reilly': { level: 'read-upload', missing: [] },
  'grace.adeyemi': { level: 'read', missing: [7, 8, 9] },
  'sam.fletcher': { level: 'read', missing: [] },
  'olu.bakare': { level: 'read', missing: [] },
  'jess.kowalski': { level: 'none', missing: [2] },
  'daniel.osei': { level: 'read-upload', missing: [] },
  'hannah.price': { level: 'read', missing: [5, 6, 7, 8, 9] },
  'ellie.watts': { level: 'read-upload', missing: [] },
  'marcus.hill': { level: 'read', missing: [] },
  'ruth.evans': { level: 'none', missing: [1, 2] },
  'kieran.doyle': { level: 'read', missing: [] },
};

let gw: SeededGateway;
const tokens = new Map<string, string>();

beforeAll(async () => {
  gw = await startSeededGateway('records-matrix');
  for (const account of DEMO_ACCOUNTS) {
    tokens.set(account.username, (await signIn(gw.url, account.username)).tokens.accessToken);
  }
}, 60_000);
afterAll(() => gw.close());

const get = (username: string, path: string) => call(gw.url, 'GET', path, { token: tokens.get(username) });
const endpoints = (id: string) => [
  `/api/v1/children/${id}`,
  `/api/v1/children/${id}/documents`,
  `/api/v1/children/${id}/case-notes`,
];

it('covers every demo account', () => {
  expect(DEMO_ACCOUNTS.map((a) => a.username).sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort());
});

describe.each(DEMO_ACCOUNTS)('$username', (account) => {
  const username = account.username;
  const expected = EXPECTED_ACCESS[username] ?? { level: '?', missing: [] };
  const own = HOME_CHILDREN[account.homeId] ?? [];
  const others = Object.values(HOME_CHILDREN)
    .flat()
    .filter((id) => !own.includes(id));

  it(`001: /me reports ${expected.level} access and names the missing training modules`, async () => {
    const me = StaffProfile.parse((await get(username, '/api/v1/me')).body);
    expect(me.access.level).toBe(expected.level);
    expect(me.access.missingModules).toEqual(expected.missing);
    expect(me.home.id).toBe(account.homeId);
    if (expected.missing.length === 0) expect(me.access.reason).toBeUndefined();
    for (const module of expected.missing) expect(me.access.reason).toContain(String(module));
  });

  if (expected.level === 'none') {
    it('001: fewer than 2 modules: every record route answers 403 training-incomplete, saying why', async () => {
      const me = StaffProfile.parse((await get(username, '/api/v1/me')).body);
      for (const path of [
        '/api/v1/children',
        ...[own[0], others[0], UNKNOWN[0]].flatMap((id) => endpoints(id ?? '')),
      ]) {
        const answer = await get(username, path);
        expect(answer.status, path).toBe(403);
        expect(ApiError.parse(answer.body)).toEqual({
          error: 'training-incomplete',
          message: me.access.reason,
        });
      }
    });
    return;
  }

  it('DOMAIN.md scope: lists exactly the children placed in their own home now', async () => {
    const answer = await get(username, '/api/v1/children');
    expect(answer.status).toBe(200);
    expect(
      ChildList.parse(answer.body)
        .children.map((c) => c.id)
        .sort(),
    ).toEqual(own);
  });

  it("DOMAIN.md scope: another home's child, a child who has left and a guessed id all answer 404 exactly as an unknown id", async () => {
    for (const [i, path] of endpoints(UNKNOWN[0] ?? '').entries()) {
      const unknown = await get(username, path);
      expect(unknown.status).toBe(404);
      for (const id of [...others, LEFT, ...UNKNOWN]) {
        const answer = await get(username, endpoints(id)[i] ?? '');
        expect(
          { status: answer.status, body: answer.body, length: answer.headers.get('content-length') },
          id,
        ).toEqual({
          status: 404,
          body: unknown.body,
          length: unknown.headers.get('content-length'),
        });
      }
    }
  });

  it('001: own-home children: full summary with the Mosaic reference number', async () => {
    for (const id of own.filter((c) => c !== RESTRICTED)) {
      const record = ChildRecord.parse((await get(username, `/api/v1/children/${id}`)).body);
      expect(record).toMatchObject({ id, restricted: false });
      expect(record.mosaicId).toMatch(/^\d{7}$/);
    }
  });

  it('002 §4.3 and Appendix 1: confidential documents and confidential/restricted note types are never present', async () => {
    const hiddenDocs = new Set<string>(CONFIDENTIAL_DOCUMENT_TYPES.map((t) => t.id));
    for (const id of own.filter((c) => c !== RESTRICTED)) {
      const docs = DocumentList.parse((await get(username, `/api/v1/children/${id}/documents`)).body);
      const notes = CaseNoteList.parse((await get(username, `/api/v1/children/${id}/case-notes`)).body);
      expect(docs.documents.length, id).toBeGreaterThan(0);
      expect(
        docs.documents.filter((d) => hiddenDocs.has(d.type)),
        id,
      ).toEqual([]);
      expect(notes.caseNotes.length, id).toBeGreaterThan(0);
      expect(
        notes.caseNotes.filter((n) => HIDDEN_CASE_NOTE_TYPE_IDS.includes(n.type)),
        id,
      ).toEqual([]);
    }
  });

  if (own.includes(RESTRICTED)) {
    it('002 §6.2: the restricted child shows only name, Mosaic number, worker and team; documents and notes are 403 restricted', async () => {
      const summary = (await get(username, `/api/v1/children/${RESTRICTED}`)).body;
      expect(summary).toEqual({
        restricted: true,
        id: RESTRICTED,
        mosaicId: '4388120',
        firstName: 'Tyler',
        lastName: 'Obi',
        socialWorker: { name: 'Carla Mendes' },
        team: { name: 'Children We Care For Team (South)' },
        accessNote: expect.stringMatching(/Mosaic Support team.*in writing, giving the reason/),
      });
      for (const path of endpoints(RESTRICTED).slice(1)) {
        const answer = await get(username, path);
        expect(answer.status, path).toBe(403);
        expect(ApiError.parse(answer.body).error).toBe('restricted');
      }
    });
  }
});
