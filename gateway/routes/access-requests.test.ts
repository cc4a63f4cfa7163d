/**
 * Access requests for a restricted record, end to end at the gateway (002 §6.2; DOMAIN.md
 * "Restricted (shielded) records"): a real gateway with the demo data, real SQLite, and a real SMTP
 * server that receives the social worker's notice. Tyler Obi (Harbour View) is the demo's
 * restricted child; Carla Mendes is his allocated worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessRequestAnswer } from '../../shared/api/access-requests.ts';
import { ChildRecord } from '../../shared/api/records.ts';
import { startSmtp, type TestSmtp } from '../notify/testing/smtp.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { NOT_RESTRICTED } from './access-requests.ts';
import { NO_SUCH_CHILD } from './records.ts';

const temp = tempFolder('access-requests');
const COUNCIL_TOKEN = 'council-service-token-0123456789abcdef0123456789abcdef';
const TYLER = '/api/v1/children/child-tyler-obi';
const REASON = 'Tyler is moving rooms and I need his risk assessment to plan the move safely.';
let gateway: UploadGateway;
let smtp: TestSmtp;
let marcus: { token: string; id: string };

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startUploadGateway(temp.dir, { smtp: smtpAt(smtp.port), councilApiToken: COUNCIL_TOKEN });
  const signedIn = await signIn(gateway.url, 'marcus.hill');
  marcus = { token: signedIn.tokens.accessToken, id: signedIn.staff.id };
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await smtp.close();
  temp.remove();
});

const ask = (token: string, path = TYLER, reason: unknown = REASON) =>
  call(gateway.url, 'POST', `${path}/access-requests`, { token, body: { reason } });

/** Waits for the worker to hand the notice to the SMTP server (it is woken when the request is stored). */
async function mailTo(address: string) {
  for (let i = 0; i < 200; i++) {
    const mail = smtp.messages.find((m) => m.to.includes(address));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail reached ${address}`);
}

describe('002 §6.2: home staff ask for access with a written reason', () => {
  it('002 §6.2: refuses a missing or too short reason with 400, recording nothing', async () => {
    expect((await ask(marcus.token, TYLER, '')).status).toBe(400);
    expect((await ask(marcus.token, TYLER, 'need it')).status).toBe(400);
    expect((await ask(marcus.token, TYLER, 'x'.repeat(1001))).status).toBe(400);
    const rows = await gateway.db
      .selectFrom('notifications')
      .select('id')
      .where('access_request_id', 'is not', null)
      .execute();
    expect(rows).toEqual([]);
  });

  it('002 §6.2: read-only staff with the 2 modules may ask; the request is recorded with who, child, reason, when, device', async () => {
    const answer = await ask(marcus.token);
    expect(answer.status).toBe(201);
    const { request, existing } = AccessRequestAnswer.parse(answer.body);
    expect(existing).toBe(false);
    expect(request).toMatchObject({ state: 'pending', reason: REASON, staffId: marcus.id, decidedAt: null });
    const audit = await gateway.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'access-request')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      staff_id: marcus.id,
      child_id: 'child-tyler-obi',
      home_id: 'home-harbour-view',
    });
    expect(audit[0]?.device_id).toEqual(expect.any(String));
    expect(audit[0]?.detail).toContain(REASON.slice(0, 40));
  });

  it('002 §6.2: a second request while one is pending returns the first, plainly (200, existing)', async () => {
    const first = await ask(marcus.token);
    const second = await ask(marcus.token, TYLER, 'A different reason, written a second time over.');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const a = AccessRequestAnswer.parse(first.body);
    const b = AccessRequestAnswer.parse(second.body);
    expect(a.existing && b.existing).toBe(true);
    expect(b.request.id).toBe(a.request.id);
    expect(b.request.reason).toBe(REASON);
  });

  it('002 §6.2: tells the allocated social worker who asked, for which child, when and why; nothing of the record', async () => {
    const mail = await mailTo('carla.mendes@council.example');
    expect(mail.headers.get('subject')).toContain('Tyler Obi (Mosaic ref. 4388120)');
    expect(mail.text).toContain('Dear Carla Mendes,');
    expect(mail.text).toContain('Marcus Hill');
    expect(mail.text).toContain('Harbour View');
    expect(mail.text).toContain('Asked on: 25 November 2026');
    expect(mail.text).toContain(REASON);
    // No record content: not his date of birth, legal status or placement.
    for (const content of ['2011-08-03', '03/08/2011', 'C2 Full care order', '2025-11-24', 'Placement']) {
      expect(mail.text).not.toContain(content);
    }
    expect(smtp.messages.filter((m) => m.headers.get('subject')?.startsWith('Access request'))).toHaveLength(
      1,
    );
  });

  it('DOMAIN.md: another home’s child answers 404 exactly as an unknown id', async () => {
    const priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
    const other = await ask(priya);
    const unknown = await ask(priya, '/api/v1/children/child-nobody');
    expect(other).toMatchObject({ status: 404, body: { error: 'not-found', message: NO_SUCH_CHILD } });
    expect(unknown.body).toEqual(other.body);
  });

  it('001: staff whose training gives no read access are refused (403); a record that is not restricted is 409', async () => {
    const ruth = (await signIn(gateway.url, 'ruth.evans')).tokens.accessToken;
    expect(await ask(ruth)).toMatchObject({ status: 403, body: { error: 'training-incomplete' } });
    const open = await ask(marcus.token, '/api/v1/children/child-isla-fenwick');
    expect(open).toMatchObject({ status: 409, body: { message: NOT_RESTRICTED } });
  });

  it('002 §6.2: the requester sees "pending" on the summary, still basic details only', async () => {
    const record = ChildRecord.parse((await call(gateway.url, 'GET', TYLER, { token: marcus.token })).body);
    expect(record.restricted).toBe(true);
    if (!record.restricted) return;
    expect(record.accessRequest).toMatchObject({ state: 'pending', reason: REASON });
    expect(JSON.stringify(record)).not.toContain('2011-08-03');
    expect((await call(gateway.url, 'GET', `${TYLER}/documents`, { token: marcus.token })).status).toBe(403);
  });
});
