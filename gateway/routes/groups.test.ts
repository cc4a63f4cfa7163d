// The sibling group page (004 "Group Summary Tab layout") and the scope rule of DOMAIN.md "Access":
// only members placed in the reader's home exist; a sibling elsewhere leaves no trace on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { GroupPage } from '../../shared/api/groups.ts';
import { openDatabase } from '../db/connection.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let priya = ''; // Larchfield House: Kofi, Efua and Ama are placed here
let daniel = ''; // Harbour View: Yaw is placed here
let jess = ''; // Larchfield House, training module 1 only: no read access

beforeAll(async () => {
  gw = await startSeededGateway('groups');
  priya = (await signIn(gw.url, 'priya.shah')).tokens.accessToken;
  daniel = (await signIn(gw.url, 'daniel.osei')).tokens.accessToken;
  jess = (await signIn(gw.url, 'jess.kowalski')).tokens.accessToken;
}, 60_000);
afterAll(() => gw.close());

const page = async (token: string, childId: string) => {
  const answer = await call(gw.url, 'GET', `/api/v1/children/${childId}/group`, { token });
  expect(answer.status).toBe(200);
  return GroupPage.parse(answer.body);
};

describe('GET /api/v1/children/{childId}/group', () => {
  it('Larchfield House sees Kofi, Efua and Ama (oldest first) and nothing of Yaw, placed elsewhere', async () => {
    const raw = await call(gw.url, 'GET', '/api/v1/children/child-ama-mensah-clarke/group', { token: priya });
    const group = GroupPage.parse(raw.body);
    expect(group.name).toBe('Mensah, Mensah-Clarke BN12 6RD');
    expect(group.members.map((m) => `${m.firstName} ${m.lastName}`)).toEqual([
      'Kofi Mensah',
      'Efua Mensah',
      'Ama Mensah-Clarke',
    ]);
    // No trace of the sibling at Harbour View: not his id, name, Mosaic number or his own worker.
    const text = JSON.stringify(raw.body);
    for (const trace of ['child-yaw-mensah', 'Yaw', '4107758', 'Owen Gale', 'CAMHS'])
      expect(text).not.toContain(trace);
  });

  it('004 "Addresses Pane": a shared address is listed once, with who lives there', async () => {
    const group = await page(priya, 'child-kofi-mensah');
    expect(group.addresses).toEqual([
      {
        address: '27 Ferring Grove, Sandmere',
        postcode: 'BN12 6RD',
        memberIds: ['child-kofi-mensah', 'child-efua-mensah', 'child-ama-mensah-clarke'],
      },
    ]);
  });

  it('004 "Professional Relationships": those with every member, and those with a member shown', async () => {
    const group = await page(priya, 'child-kofi-mensah');
    expect(group.professionals.map((p) => [p.role, p.name, p.memberId])).toEqual([
      ['Designated teacher', 'Priti Anand', 'child-kofi-mensah'],
      ['GP', 'Dr Helen Marsh', null],
      ['Independent Reviewing Officer', 'Gwen Talbot', null],
    ]);
  });

  it('004: group documents and case notes list each entry once, with the copies on the members shown', async () => {
    const group = await page(priya, 'child-kofi-mensah');
    expect(group.documents.map((d) => [d.title, d.copies.map((c) => c.memberId).sort()])).toEqual([
      ['Mensah, Mensah-Clarke family - Brothers’ weekend contact plan - 02/09/2026', ['child-kofi-mensah']],
      [
        'Mensah, Mensah-Clarke family - Sibling contact support plan - 14/04/2026',
        ['child-ama-mensah-clarke', 'child-kofi-mensah'],
      ],
    ]);
    expect(group.caseNotes.map((n) => [n.typeLabel, [...n.memberIds].sort()])).toEqual([
      ['Telephone Contact', ['child-ama-mensah-clarke']],
      ['Supervised Contact', ['child-ama-mensah-clarke', 'child-kofi-mensah']],
    ]);
  });

  it('Harbour View sees the same group with Yaw alone, and his CAMHS practitioner', async () => {
    const group = await page(daniel, 'child-yaw-mensah');
    expect(group.name).toBe('Mensah, Mensah-Clarke BN12 6RD');
    expect(group.members.map((m) => m.id)).toEqual(['child-yaw-mensah']);
    expect(group.professionals.map((p) => p.name)).toContain('Owen Gale');
    expect(group.professionals.map((p) => p.name)).not.toContain('Priti Anand');
    expect(group.documents.flatMap((d) => d.copies.map((c) => c.memberId))).toEqual([
      'child-yaw-mensah',
      'child-yaw-mensah',
    ]);
    expect(JSON.stringify(group)).not.toMatch(/Kofi|child-ama|4107732|4107745/);
  });

  it('another home’s child answers 404 exactly as an unknown id; a child in no group answers 404', async () => {
    const elsewhere = await call(gw.url, 'GET', '/api/v1/children/child-kofi-mensah/group', {
      token: daniel,
    });
    const unknown = await call(gw.url, 'GET', '/api/v1/children/child-nobody/group', { token: daniel });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toEqual(unknown.body);
    const none = await call(gw.url, 'GET', '/api/v1/children/child-leo-hartley/group', { token: priya });
    expect(none.status).toBe(404);
    expect(ApiError.parse(none.body).message).toBe('This child is not in a sibling group.');
  });

  it('001: training that gives no read access is refused', async () => {
    const answer = await call(gw.url, 'GET', '/api/v1/children/child-kofi-mensah/group', { token: jess });
    expect(answer.status).toBe(403);
    expect(ApiError.parse(answer.body).error).toBe('training-incomplete');
  });

  it('001: each view of the group page is audited against the person, with the members shown', async () => {
    await page(priya, 'child-kofi-mensah');
    const db = openDatabase(gw.dataDir);
    try {
      const events = await db
        .selectFrom('audit_events')
        .select(['child_id', 'detail'])
        .where('action', '=', 'view-group')
        .where('staff_id', '=', 'staff-priya-shah')
        .execute();
      expect(events.length).toBeGreaterThan(0);
      expect(events.at(-1)).toEqual({
        child_id: 'child-kofi-mensah',
        detail: 'group-mensah: child-kofi-mensah child-efua-mensah child-ama-mensah-clarke',
      });
    } finally {
      await db.destroy();
    }
  });
});
