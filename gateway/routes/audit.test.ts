/**
 * A device handing its audit events to the gateway (001: every view, search and list is logged
 * against the person's account; DOMAIN.md "Audit": the device keeps events until the gateway has them).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditAccepted, type DeviceAuditEvent } from '../../shared/api/audit.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { chainNext } from '../../shared/domain/audit-chain.ts';
import { sha256Hex, verifyAllChains } from '../audit/chain.ts';
import { BROKEN_LINK, CHAIN_CONFLICT } from '../audit/ingest.ts';
import { call, newDevice, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const device = newDevice('Staff office PC');
let token = '';
const SAM = 'staff-sam-fletcher';

beforeAll(async () => {
  gw = await startSeededGateway('audit');
  db = openDatabase(gw.dataDir);
  token = (await signIn(gw.url, 'sam.fletcher', device)).tokens.accessToken;
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

type Content = Omit<DeviceAuditEvent, 'chainId' | 'seq' | 'prevHash' | 'hash'>;

/** A device's chain of events for one person, linked as the app links them (shared/domain/audit-chain.ts). */
function deviceChain(owner: { staffId: string; deviceId: string } = { staffId: SAM, deviceId: device.id }) {
  const chainId = randomUUID();
  let head: { seq: number; hash: string } | null = null;
  return async (over: Partial<Content> = {}): Promise<DeviceAuditEvent> => {
    const content: Content = {
      id: randomUUID(),
      at: '2026-11-24T18:30:00.000Z',
      action: 'view-summary',
      childId: 'child-leo-hartley',
      detail: null,
      offline: true,
      ...over,
    };
    const link = await chainNext(sha256Hex, head, {
      ...content,
      chainId,
      staffId: owner.staffId,
      homeId: 'home-larchfield',
      deviceId: owner.deviceId,
    });
    head = link;
    return { ...content, chainId, seq: link.seq, prevHash: link.prevHash, hash: link.hash };
  };
}
let event = deviceChain();
const post = (
  events: DeviceAuditEvent[],
  over: { staffId?: string; deviceId?: string; token?: string } = {},
) =>
  call(gw.url, 'POST', '/api/v1/audit/events', {
    token: over.token ?? token,
    body: { deviceId: over.deviceId ?? device.id, staffId: over.staffId ?? SAM, events },
  });
const held = (ids: string[]) => db.selectFrom('audit_events').selectAll().where('id', 'in', ids).execute();

describe('POST /api/v1/audit/events', () => {
  beforeEach(() => {
    event = deviceChain();
  });

  it('001: records each event against the signed-in person, device and home, as it happened offline', async () => {
    const events = [
      await event({ action: 'list-children', childId: null }),
      await event({ action: 'search-children', childId: null, detail: 'hart' }),
      await event({ action: 'view-case-notes', offline: false }),
    ];
    const answer = await post(events);
    expect(answer.status).toBe(200);
    expect(AuditAccepted.parse(answer.body)).toEqual({ accepted: events.map((e) => e.id), refused: [] });
    const rows = await held(events.map((e) => e.id));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === events[1]?.id)).toEqual({
      id: events[1]?.id,
      staff_id: SAM,
      home_id: 'home-larchfield',
      device_id: device.id,
      action: 'search-children',
      child_id: null,
      detail: 'hart',
      offline: 1,
      occurred_at: '2026-11-24T18:30:00.000Z',
      received_at: gw.time.clock().toISOString(),
      source: 'device',
      chain_id: events[1]?.chainId,
      seq: 2,
      prev_hash: events[0]?.hash,
      hash: events[1]?.hash,
      refused_reason: null,
    });
  });

  it('DOMAIN.md audit: sending the same batch again (a lost answer) records nothing twice', async () => {
    const events = [await event(), await event({ action: 'view-documents' })];
    const first = AuditAccepted.parse((await post(events)).body);
    gw.time.advance(60_000);
    const again = AuditAccepted.parse((await post([...events, ...events])).body);
    expect(again).toEqual(first);
    const rows = await held(events.map((e) => e.id));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.received_at)).size).toBe(1); // the first copy, untouched
  });

  it("000: refuses with 403 a batch naming another person (no 'act for'), recording none of it", async () => {
    const events = [await event()];
    const answer = await post(events, { staffId: 'staff-priya-shah' });
    expect([answer.status, ApiError.parse(answer.body).error]).toEqual([403, 'forbidden']);
    expect(await held(events.map((e) => e.id))).toEqual([]);
  });

  it('refuses with 403 a batch from another device than the session signed in on', async () => {
    const events = [await event()];
    const answer = await post(events, { deviceId: randomUUID() });
    expect([answer.status, ApiError.parse(answer.body).error]).toEqual([403, 'forbidden']);
    expect(await held(events.map((e) => e.id))).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    expect((await post([await event()], { token: 'z'.repeat(43) })).status).toBe(401);
  });

  it("DOMAIN.md scope: refuses events about another home's child or an unknown id alike, taking the rest", async () => {
    const mine = await event();
    const other = await event({ childId: 'child-maya-lindqvist' });
    const unknown = await event({ childId: 'child-nobody' });
    const result = AuditAccepted.parse((await post([mine, other, unknown])).body);
    expect(result.accepted).toEqual([mine.id]);
    expect(result.refused).toEqual([
      { id: other.id, reason: 'not a child placed in your home' },
      { id: unknown.id, reason: 'not a child placed in your home' },
    ]);
    // Held as links of the device's chain, marked as not stood behind: the chain stays whole.
    expect((await held([other.id, unknown.id])).map((r) => r.refused_reason)).toEqual([
      'not a child placed in your home',
      'not a child placed in your home',
    ]);
  });

  it('takes a view of a child made while they were placed, though they have left since', async () => {
    // Ethan Brooks left Larchfield on 2026-06-30.
    const before = await event({ childId: 'child-ethan-brooks', at: '2026-06-20T10:00:00.000Z' });
    const after = await event({ childId: 'child-ethan-brooks', at: '2026-07-02T10:00:00.000Z' });
    const result = AuditAccepted.parse((await post([before, after])).body);
    expect(result.accepted).toEqual([before.id]);
    expect(result.refused.map((r) => r.id)).toEqual([after.id]);
  });

  it("never claims or overwrites an id another person's event holds", async () => {
    const priyaDevice = newDevice('Manager office PC');
    const priya = (await signIn(gw.url, 'priya.shah', priyaDevice)).tokens.accessToken;
    const priyaChain = deviceChain({ staffId: 'staff-priya-shah', deviceId: priyaDevice.id });
    const shared = await priyaChain({ detail: "Priya's" });
    await post([shared], { token: priya, staffId: 'staff-priya-shah', deviceId: priyaDevice.id });
    const copy = await event({ id: shared.id, detail: "Sam's" });
    const result = AuditAccepted.parse((await post([copy])).body);
    expect(result).toEqual({
      accepted: [],
      refused: [{ id: shared.id, reason: expect.stringContaining('already held') }],
    });
    expect((await held([shared.id]))[0]).toMatchObject({ staff_id: 'staff-priya-shah', detail: "Priya's" });
  });
});

describe('issue 7: the device chains arrive checked, and the audit verifies', () => {
  beforeEach(() => {
    event = deviceChain();
  });

  it('takes a chain sent out of order in one batch in its order, and it verifies', async () => {
    const events = [await event(), await event(), await event()];
    const result = AuditAccepted.parse(
      (await post([events[2], events[0], events[1]] as DeviceAuditEvent[])).body,
    );
    expect(result.refused).toEqual([]);
    const report = await verifyAllChains(db);
    expect(report.chains.find((c) => c.chainId === events[0]?.chainId)).toMatchObject({
      ok: true,
      length: 3,
      headMatches: true,
    });
  });

  it('holds an event edited on the device before it was sent, flags it, and verification names it', async () => {
    const first = await event();
    const edited = { ...(await event({ detail: 'Hartley' })), detail: 'someone else' };
    const result = AuditAccepted.parse((await post([first, edited])).body);
    expect(result).toEqual({ accepted: [first.id], refused: [{ id: edited.id, reason: BROKEN_LINK }] });
    const chain = (await verifyAllChains(db)).chains.find((c) => c.chainId === first.chainId);
    expect(chain).toMatchObject({ ok: false, problem: 'edited', firstBroken: { id: edited.id, seq: 2 } });
  });

  it('shows events removed on the device before they were sent as a gap in the chain', async () => {
    const [one, , three] = [await event(), await event(), await event()];
    await post([one, three] as DeviceAuditEvent[]);
    const chain = (await verifyAllChains(db)).chains.find((c) => c.chainId === one?.chainId);
    expect(chain).toMatchObject({ ok: false, problem: 'missing', firstBroken: { seq: 3 } });
  });

  it('refuses a second, different event at a place the chain already holds', async () => {
    const chainOf = deviceChain();
    const original = await chainOf();
    await post([original]);
    const rival = { ...(await deviceChain()()), chainId: original.chainId };
    const result = AuditAccepted.parse((await post([rival])).body);
    expect(result.refused).toEqual([{ id: rival.id, reason: CHAIN_CONFLICT }]);
  });

  it("the gateway's own events form a chain that verifies, and the table refuses edits and deletes", async () => {
    const report = await verifyAllChains(db);
    const gateway = report.chains.find((c) => c.chainId === 'gateway');
    // Sign-ins in beforeAll and the tests above were logged by the gateway itself.
    expect(gateway).toMatchObject({ ok: true, headMatches: true });
    await expect(db.updateTable('audit_events').set({ detail: 'changed' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
  });
});
