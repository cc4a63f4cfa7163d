/**
 * A device handing its audit events to the gateway (001: every view, search and list is logged
 * against the person's account; DOMAIN.md "Audit": the device keeps events until the gateway has them).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAccepted, type DeviceAuditEvent } from '../../shared/api/audit.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
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

const event = (over: Partial<DeviceAuditEvent> = {}): DeviceAuditEvent => ({
  id: randomUUID(),
  at: '2026-11-24T18:30:00.000Z',
  action: 'view-summary',
  childId: 'child-leo-hartley',
  detail: null,
  offline: true,
  ...over,
});
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
  it('001: records each event against the signed-in person, device and home, as it happened offline', async () => {
    const events = [
      event({ action: 'list-children', childId: null }),
      event({ action: 'search-children', childId: null, detail: 'hart' }),
      event({ action: 'view-case-notes', offline: false }),
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
    });
  });

  it('DOMAIN.md audit: sending the same batch again (a lost answer) records nothing twice', async () => {
    const events = [event(), event({ action: 'view-documents' })];
    const first = AuditAccepted.parse((await post(events)).body);
    gw.time.advance(60_000);
    const again = AuditAccepted.parse((await post([...events, ...events])).body);
    expect(again).toEqual(first);
    const rows = await held(events.map((e) => e.id));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.received_at)).size).toBe(1); // the first copy, untouched
  });

  it("000: refuses with 403 a batch naming another person (no 'act for'), recording none of it", async () => {
    const events = [event()];
    const answer = await post(events, { staffId: 'staff-priya-shah' });
    expect([answer.status, ApiError.parse(answer.body).error]).toEqual([403, 'forbidden']);
    expect(await held(events.map((e) => e.id))).toEqual([]);
  });

  it('refuses with 403 a batch from another device than the session signed in on', async () => {
    const events = [event()];
    const answer = await post(events, { deviceId: randomUUID() });
    expect([answer.status, ApiError.parse(answer.body).error]).toEqual([403, 'forbidden']);
    expect(await held(events.map((e) => e.id))).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    expect((await post([event()], { token: 'z'.repeat(43) })).status).toBe(401);
  });

  it("DOMAIN.md scope: refuses events about another home's child or an unknown id alike, taking the rest", async () => {
    const mine = event();
    const other = event({ childId: 'child-maya-lindqvist' });
    const unknown = event({ childId: 'child-nobody' });
    const result = AuditAccepted.parse((await post([mine, other, unknown])).body);
    expect(result.accepted).toEqual([mine.id]);
    expect(result.refused).toEqual([
      { id: other.id, reason: 'not a child placed in your home' },
      { id: unknown.id, reason: 'not a child placed in your home' },
    ]);
    expect(await held([other.id, unknown.id])).toEqual([]);
  });

  it('takes a view of a child made while they were placed, though they have left since', async () => {
    // Ethan Brooks left Larchfield on 2026-06-30.
    const before = event({ childId: 'child-ethan-brooks', at: '2026-06-20T10:00:00.000Z' });
    const after = event({ childId: 'child-ethan-brooks', at: '2026-07-02T10:00:00.000Z' });
    const result = AuditAccepted.parse((await post([before, after])).body);
    expect(result.accepted).toEqual([before.id]);
    expect(result.refused.map((r) => r.id)).toEqual([after.id]);
  });

  it("never claims or overwrites an id another person's event holds", async () => {
    const priyaDevice = newDevice('Manager office PC');
    const priya = (await signIn(gw.url, 'priya.shah', priyaDevice)).tokens.accessToken;
    const shared = event({ detail: "Priya's" });
    await post([shared], { token: priya, staffId: 'staff-priya-shah', deviceId: priyaDevice.id });
    const result = AuditAccepted.parse((await post([{ ...shared, detail: "Sam's" }])).body);
    expect(result).toEqual({
      accepted: [],
      refused: [{ id: shared.id, reason: expect.stringContaining('already held') }],
    });
    expect((await held([shared.id]))[0]).toMatchObject({ staff_id: 'staff-priya-shah', detail: "Priya's" });
  });
});
