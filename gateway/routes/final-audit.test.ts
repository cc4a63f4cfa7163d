/**
 * A revoked computer's last audit events, over real HTTP (issue 7: "a device keeps its events until
 * the gateway has them" and "a revoked device's tokens stop working at once and it wipes its local
 * data"; 001: every view logged against the person's account; 000: no one's events in another's
 * name). The narrow route takes, once, only events a person's own key on that computer vouches for,
 * dated before the revocation; the computer's tokens stay useless for everything else.
 * Larchfield: sam.fletcher and tom.reilly used the laptop; priya.shah revokes it.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAccepted, type DeviceAuditEvent } from '../../shared/api/audit.ts';
import { auditProofText, type ProvedAuditEvent } from '../../shared/api/final-audit.ts';
import { chainNext } from '../../shared/domain/audit-chain.ts';
import { sha256Hex, verifyAllChains } from '../audit/chain.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { REVOKED } from '../devices/enrolment.ts';
import { AFTER_REVOCATION, NOT_OF_THIS_HOME, NOT_VOUCHED } from '../devices/final-audit.ts';
import { call, newDevice, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { ALREADY_TAKEN, NOT_REVOKED, NOTHING_VOUCHED } from './final-audit.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const laptop = newDevice('Staff room laptop');
const people: Record<string, { staffId: string; key: string; access: string; refresh: string }> = {};
let manager = '';
const BEFORE = '2026-11-24T18:30:00.000Z'; // offline, the evening before the revocation
const AFTER = '2026-11-25T11:00:00.000Z'; // the test clock revokes at 10:00

beforeAll(async () => {
  gw = await startSeededGateway('final-audit');
  db = openDatabase(gw.dataDir);
  for (const who of ['sam.fletcher', 'tom.reilly']) {
    const signedIn = await signIn(gw.url, who, laptop);
    people[who] = {
      staffId: signedIn.staff.id,
      key: signedIn.offlineGrant.uploadKey ?? '',
      access: signedIn.tokens.accessToken,
      refresh: signedIn.tokens.refreshToken,
    };
  }
  manager = (await signIn(gw.url, 'priya.shah', newDevice('Larchfield office PC'))).tokens.accessToken;
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const person = (who: string) => {
  const found = people[who];
  if (!found) throw new Error(`${who} did not sign in`);
  return found;
};

/** A person's chain on the laptop, linked and (where the key was held) proved as the app does it. */
function chainOf(who: string, homeId = 'home-larchfield', staffId = person(who).staffId) {
  const chainId = randomUUID();
  let head: { seq: number; hash: string } | null = null;
  return async (over: Partial<DeviceAuditEvent> & { proved: boolean }): Promise<ProvedAuditEvent> => {
    const { proved, ...rest } = over;
    const content = {
      id: randomUUID(),
      at: BEFORE,
      action: 'view-summary' as const,
      childId: 'child-leo-hartley',
      detail: null,
      offline: true,
      ...rest,
    };
    const link = await chainNext(sha256Hex, head, {
      ...content,
      chainId,
      staffId,
      homeId,
      deviceId: laptop.id,
    });
    head = link;
    const event = { ...content, chainId, seq: link.seq, prevHash: link.prevHash, hash: link.hash };
    const key = people[who]?.key ?? randomUUID();
    const proof = createHmac('sha256', Buffer.from(key, 'base64url'))
      .update(auditProofText(staffId, laptop.id, link.hash))
      .digest('base64url');
    return { staffId, event, proof: proved ? proof : null };
  };
}

const ship = (events: ProvedAuditEvent[], deviceId = laptop.id) =>
  call(gw.url, 'POST', `/api/v1/devices/${deviceId}/final-audit`, { body: { events } });

let sams: ProvedAuditEvent[] = [];
let toms: ProvedAuditEvent[] = [];
let strangers: ProvedAuditEvent[] = [];

describe('a revoked computer’s last audit events (issue 7; 001 every view logged)', () => {
  it('issue 7: a computer still enrolled is refused (409): its events go through a signed-in session', async () => {
    const sam = chainOf('sam.fletcher');
    sams = [
      await sam({ proved: true }),
      // A wrong password at "Unlock Hearth": recorded with no key held, so no proof of its own.
      await sam({ action: 'sign-in-failed', childId: null, detail: 'wrong password', proved: false }),
      await sam({ action: 'view-documents', proved: true }),
      await sam({ action: 'view-case-notes', proved: false }),
    ];
    expect(await ship(sams)).toMatchObject({ status: 409, body: { message: NOT_REVOKED } });
    expect(await ship(sams, randomUUID())).toMatchObject({ status: 404 });
  });

  it('issue 7: without a proof from a person’s own key nothing is taken, and the one chance is not used up (403)', async () => {
    const revoked = await call(gw.url, 'POST', `/api/v1/devices/${laptop.id}/revocation`, { token: manager });
    expect(revoked.status).toBe(200);
    // Someone who knows the computer's id, but holds no one's key, tries first.
    const forged = sams.map((e) => ({ ...e, proof: 'A'.repeat(43) }));
    expect(await ship(forged)).toMatchObject({ status: 403, body: { message: NOTHING_VOUCHED } });
    const held = await db
      .selectFrom('audit_events')
      .select('id')
      .where('device_id', '=', laptop.id)
      .execute();
    expect(held.filter((r) => sams.some((e) => e.event.id === r.id))).toEqual([]);
  });

  it('issue 7, 000: takes what each person’s key vouches for, dated before the revocation, in chain order; refuses the rest with why', async () => {
    const tom = chainOf('tom.reilly');
    toms = [await tom({ proved: true }), await tom({ at: AFTER, proved: true })];
    // Harbour View's manager never had a key on a Larchfield computer.
    const stranger = chainOf('daniel.osei', 'home-harbour-view', 'staff-daniel-osei');
    strangers = [await stranger({ childId: null, action: 'list-children', proved: true })];
    const answer = await ship([...sams, ...toms, ...strangers]);
    expect(answer.status).toBe(200);
    const { accepted, refused } = AuditAccepted.parse(answer.body);
    const ids = (list: ProvedAuditEvent[]) => list.map((e) => e.event.id);
    // Sam's unproved wrong-password event is vouched for by his next proved view; his last is not.
    expect(accepted.sort()).toEqual([...ids(sams.slice(0, 3)), ...ids(toms.slice(0, 1))].sort());
    expect(refused).toEqual(
      expect.arrayContaining([
        { id: sams[3]?.event.id, reason: NOT_VOUCHED },
        { id: toms[1]?.event.id, reason: AFTER_REVOCATION },
        { id: strangers[0]?.event.id, reason: NOT_OF_THIS_HOME },
      ]),
    );
    // Held against each person and the laptop, as they happened offline, in their chain's order.
    const rows = await db
      .selectFrom('audit_events')
      .select(['id', 'staff_id', 'device_id', 'action', 'offline', 'seq', 'source'])
      .where('device_id', '=', laptop.id)
      .where('source', '=', 'device')
      .orderBy(db.dynamic.ref('rowid'))
      .execute();
    expect(rows.filter((r) => r.staff_id === person('sam.fletcher').staffId).map((r) => r.action)).toEqual([
      'view-summary',
      'sign-in-failed',
      'view-documents',
    ]);
    expect(rows.every((r) => r.offline === 1)).toBe(true);
    expect((await verifyAllChains(db, 'home-larchfield')).ok).toBe(true);
    const shipment = await db
      .selectFrom('audit_events')
      .select(['detail', 'home_id'])
      .where('action', '=', 'device-final-audit')
      .execute();
    expect(shipment).toEqual([
      { home_id: 'home-larchfield', detail: '4 taken, 3 refused, from Staff room laptop before its wipe' },
    ]);
  });

  it('issue 7: only once: a second shipment from the same computer is refused (409)', async () => {
    expect(await ship([...sams, ...toms])).toMatchObject({ status: 409, body: { message: ALREADY_TAKEN } });
  });

  it('issue 7: the revoked computer’s tokens stay useless for everything else', async () => {
    const sam = person('sam.fletcher');
    const revokedAnswer = { status: 401, body: { error: 'device-revoked', message: REVOKED } };
    expect(await call(gw.url, 'GET', '/api/v1/children', { token: sam.access })).toMatchObject(revokedAnswer);
    const events = [sams[3]?.event];
    const batch = { deviceId: laptop.id, staffId: sam.staffId, events };
    expect(
      await call(gw.url, 'POST', '/api/v1/audit/events', { token: sam.access, body: batch }),
    ).toMatchObject(revokedAnswer);
    const refreshed = await call(gw.url, 'POST', '/api/v1/session/refresh', {
      body: { refreshToken: sam.refresh },
    });
    expect(refreshed.status).toBe(401);
    await expect(signIn(gw.url, 'sam.fletcher', laptop)).rejects.toThrow(/device-revoked/);
  });
});
