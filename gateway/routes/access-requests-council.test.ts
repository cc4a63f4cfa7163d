/**
 * The council's side of access requests (002 §6.2): the pending list and the decision through the
 * council service token (HEARTH_COUNCIL_API_TOKEN, as the notification list), and what a grant or
 * refusal changes for the requester, and for nobody else. Real gateway, real SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessRequestAnswer,
  CouncilAccessRequest,
  CouncilAccessRequestList,
} from '../../shared/api/access-requests.ts';
import { GRANT_DAYS } from '../../shared/domain/access-requests.ts';
import { CaseNoteList, ChildRecord, DocumentList } from '../../shared/api/records.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { COUNCIL_API_OFF } from './notifications.ts';

const temp = tempFolder('access-council');
const COUNCIL_TOKEN = 'council-service-token-abcdef0123456789abcdef0123456789';
const TYLER = '/api/v1/children/child-tyler-obi';
const LIST = '/api/v1/council/access-requests';
let gateway: UploadGateway;
let marcus: string;
let kieran: string;
let daniel: string;
let marcusRequest: string;
let kieranRequest: string;

const ask = async (token: string, reason: string) => {
  const answer = await call(gateway.url, 'POST', `${TYLER}/access-requests`, { token, body: { reason } });
  return AccessRequestAnswer.parse(answer.body).request.id;
};
const council = (method: string, path: string, token?: string, body?: unknown) =>
  call(gateway.url, method, path, {
    ...(token === undefined ? {} : { token }),
    ...(body === undefined ? {} : { body }),
  });
const decide = (id: string, body: unknown, token = COUNCIL_TOKEN) =>
  council('POST', `${LIST}/${id}/decision`, token, body);
const summary = async (token: string) =>
  ChildRecord.parse((await call(gateway.url, 'GET', TYLER, { token })).body);

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir, { smtp: null, councilApiToken: COUNCIL_TOKEN });
  [marcus, kieran, daniel] = (await Promise.all(
    ['marcus.hill', 'kieran.doyle', 'daniel.osei'].map(
      async (u) => (await signIn(gateway.url, u)).tokens.accessToken,
    ),
  )) as [string, string, string];
  marcusRequest = await ask(marcus, 'I key-work Tyler and need his plans to support him at school.');
  kieranRequest = await ask(kieran, 'I cover nights and would like to read the whole of Tyler’s record.');
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

describe('002 §6.2: the council lists and decides requests with its service token', () => {
  it('002 §6.2: refuses a missing or wrong token, and a staff sign-in token, with 401', async () => {
    expect((await council('GET', LIST)).status).toBe(401);
    expect((await council('GET', LIST, `${COUNCIL_TOKEN}x`)).status).toBe(401);
    expect((await council('GET', LIST, marcus)).status).toBe(401);
    const wrong = await decide(
      marcusRequest,
      { decision: 'granted', decidedBy: 'Mosaic Support' },
      'not-the-token-0123456789abcdef0123',
    );
    expect(wrong.status).toBe(401);
    expect((await summary(marcus)).restricted).toBe(true);
  });

  it('002 §6.2: lists pending requests with who asked, from where, for which child and why', async () => {
    const list = CouncilAccessRequestList.parse((await council('GET', LIST, COUNCIL_TOKEN)).body);
    const mine = list.requests.find((r) => r.id === marcusRequest);
    expect(mine).toMatchObject({
      state: 'pending',
      reason: 'I key-work Tyler and need his plans to support him at school.',
      child: { id: 'child-tyler-obi', firstName: 'Tyler', lastName: 'Obi', mosaicId: '4388120' },
      requester: { name: 'Marcus Hill', home: 'Harbour View' },
    });
    expect(mine?.requester.deviceId).toEqual(expect.any(String));
    expect(list.requests.map((r) => r.id)).toContain(kieranRequest);
  });

  it('002 §6.2: a grant is recorded, audited, lasts 30 days and cannot be decided twice', async () => {
    const answer = await decide(marcusRequest, {
      decision: 'granted',
      decidedBy: 'Jo Quinn, Mosaic Support',
      note: 'For the move.',
    });
    expect(answer.status).toBe(200);
    const decided = CouncilAccessRequest.parse(answer.body);
    expect(decided).toMatchObject({
      state: 'granted',
      decidedBy: 'Jo Quinn, Mosaic Support',
      note: 'For the move.',
    });
    const days = (Date.parse(decided.expiresAt ?? '') - Date.parse(decided.decidedAt ?? '')) / 86_400_000;
    expect(days).toBe(GRANT_DAYS);
    expect((await decide(marcusRequest, { decision: 'refused', decidedBy: 'Someone else' })).status).toBe(
      409,
    );
    const audit = await gateway.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'access-request-decided')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ child_id: 'child-tyler-obi', home_id: 'home-harbour-view' });
    expect(audit[0]?.detail).toContain('granted by Jo Quinn');
    const pending = CouncilAccessRequestList.parse((await council('GET', LIST, COUNCIL_TOKEN)).body);
    expect(pending.requests.map((r) => r.id)).not.toContain(marcusRequest);
  });

  it('002 §6.2: after the grant the full record is served to the requester, and only to them', async () => {
    const full = await summary(marcus);
    expect(full).toMatchObject({
      restricted: false,
      dateOfBirth: '2011-08-03',
      legalStatus: 'C2 Full care order',
    });
    if (full.restricted) return;
    expect(full.grantedAccess).toMatchObject({ id: marcusRequest, state: 'granted' });
    const documents = await call(gateway.url, 'GET', `${TYLER}/documents`, { token: marcus });
    expect(DocumentList.parse(documents.body).mosaicId).toBe('4388120');
    const notes = await call(gateway.url, 'GET', `${TYLER}/case-notes`, { token: marcus });
    expect(CaseNoteList.parse(notes.body).mosaicId).toBe('4388120');
    // Colleagues in the same home, the manager included, still see basic details only.
    for (const other of [kieran, daniel]) {
      const record = await summary(other);
      expect(record.restricted).toBe(true);
      expect(JSON.stringify(record)).not.toContain('2011-08-03');
      expect((await call(gateway.url, 'GET', `${TYLER}/documents`, { token: other })).status).toBe(403);
      expect((await call(gateway.url, 'GET', `${TYLER}/case-notes`, { token: other })).status).toBe(403);
    }
  });

  it('002 §6.2: a refusal shows with the council’s note; the person may ask again', async () => {
    const answer = await decide(kieranRequest, {
      decision: 'refused',
      decidedBy: 'Jo Quinn',
      note: 'Not needed for night cover.',
    });
    expect(answer.status).toBe(200);
    const record = await summary(kieran);
    expect(record.restricted && record.accessRequest).toMatchObject({
      state: 'refused',
      note: 'Not needed for night cover.',
    });
    const again = await call(gateway.url, 'POST', `${TYLER}/access-requests`, {
      token: kieran,
      body: { reason: 'I now key-work Tyler on days and need his safety plan.' },
    });
    expect(again.status).toBe(201);
  });

  it('002 §6.2: an unknown request is 404; with no council token configured the routes do not exist', async () => {
    expect((await decide('no-such-request', { decision: 'granted', decidedBy: 'Jo' })).status).toBe(404);
    await gateway.close();
    gateway = await startUploadGateway(temp.dir, { smtp: null, councilApiToken: null });
    expect(await council('GET', LIST, COUNCIL_TOKEN)).toMatchObject({
      status: 404,
      body: { message: COUNCIL_API_OFF },
    });
  });
});
