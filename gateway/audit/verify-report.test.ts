/**
 * GET /api/v1/audit/verify over a real gateway (issue 7: "a verification that reports the first
 * broken link, also as a gateway endpoint"; DOMAIN.md "Audit": a tampered log must be detectable).
 * The table's triggers refuse UPDATE and DELETE, so the attacker here works on a copy of the
 * database file with the triggers dropped, and a gateway started on that copy must name the link.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditVerification } from '../../shared/api/audit-review.ts';
import type { DeviceAuditEvent } from '../../shared/api/audit.ts';
import { GATEWAY_CHAIN_ID, chainNext } from '../../shared/domain/audit-chain.ts';
import { DATABASE_FILE, openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { startGateway } from '../server.ts';
import { call, newDevice, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { tempFolder, testConfig } from '../testing/temp.ts';
import { sha256Hex } from './chain.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const SAM = 'staff-sam-fletcher';
const samDevice = newDevice('Staff office PC');
let samToken = '';
let priyaToken = '';

/** Sam's device ships `count` events of one new chain, linked as the app links them. */
async function shipDeviceChain(count: number): Promise<DeviceAuditEvent[]> {
  const chainId = randomUUID();
  let head: { seq: number; hash: string } | null = null;
  const events: DeviceAuditEvent[] = [];
  for (let n = 0; n < count; n++) {
    const content = {
      id: randomUUID(),
      at: `2026-11-24T18:3${n}:00.000Z`,
      action: 'view-summary' as const,
      childId: 'child-leo-hartley',
      detail: null,
      offline: true,
    };
    const link = await chainNext(sha256Hex, head, {
      ...content,
      chainId,
      staffId: SAM,
      homeId: 'home-larchfield',
      deviceId: samDevice.id,
    });
    head = link;
    events.push({ ...content, chainId, seq: link.seq, prevHash: link.prevHash, hash: link.hash });
  }
  const answer = await call(gw.url, 'POST', '/api/v1/audit/events', {
    token: samToken,
    body: { deviceId: samDevice.id, staffId: SAM, events },
  });
  expect(answer.status).toBe(200);
  return events;
}

const verify = async (url: string, token: string) => {
  const answer = await call(url, 'GET', '/api/v1/audit/verify', { token });
  expect(answer.status).toBe(200);
  return AuditVerification.parse(answer.body);
};

beforeAll(async () => {
  gw = await startSeededGateway('audit-verify');
  db = openDatabase(gw.dataDir);
  samToken = (await signIn(gw.url, 'sam.fletcher', samDevice)).tokens.accessToken;
  priyaToken = (await signIn(gw.url, 'priya.shah')).tokens.accessToken;
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

describe('GET /api/v1/audit/verify', () => {
  it('DOMAIN.md audit: an untouched audit verifies, every chain of the home and the gateway’s own', async () => {
    await call(gw.url, 'GET', '/api/v1/children/child-leo-hartley', { token: samToken });
    const events = await shipDeviceChain(3);
    const result = await verify(gw.url, priyaToken);
    expect(result.ok).toBe(true);
    expect(result.chains.find((c) => c.chainId === GATEWAY_CHAIN_ID)).toMatchObject({
      ok: true,
      label: 'The gateway’s own events',
      firstBroken: null,
    });
    expect(result.chains.find((c) => c.chainId === events[0]?.chainId)).toMatchObject({
      ok: true,
      length: 3,
      label: 'Sam Fletcher’s events on Staff office PC',
    });
    const verified = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('action', '=', 'audit-verified')
      .execute();
    expect(verified.map((v) => v.detail)).toContain(`ok: ${result.chains.length} chains`);
  });

  it('issue 7: on a copy whose triggers an attacker dropped, an edited, a removed and a cut-off event are each named', async () => {
    const middle = await shipDeviceChain(3);
    const tail = await shipDeviceChain(3);
    const viewed = await db
      .selectFrom('audit_events')
      .select(['id', 'seq'])
      .where('chain_id', '=', GATEWAY_CHAIN_ID)
      .where('action', '=', 'view-summary')
      .where('staff_id', '=', SAM)
      .executeTakeFirstOrThrow();

    const copy = tempFolder('audit-verify-copy');
    const copyData = path.join(copy.dir, 'data');
    mkdirSync(copyData, { recursive: true });
    await sql`VACUUM INTO ${path.join(copyData, DATABASE_FILE)}`.execute(db);
    const attacker = openDatabase(copyData);
    await sql`DROP TRIGGER audit_events_append_only_update`.execute(attacker);
    await sql`DROP TRIGGER audit_events_append_only_delete`.execute(attacker);
    // Sam's view of Leo's summary now claims to be a list; one device event is removed from the
    // middle of its chain, and the last one of another chain.
    await attacker
      .updateTable('audit_events')
      .set({ action: 'list-children', child_id: null })
      .where('id', '=', viewed.id)
      .execute();
    await attacker
      .deleteFrom('audit_events')
      .where('id', '=', middle[1]?.id ?? '')
      .execute();
    await attacker
      .deleteFrom('audit_events')
      .where('id', '=', tail[2]?.id ?? '')
      .execute();
    await attacker.destroy();

    const tampered = await startGateway(testConfig(copy.dir, { dataDir: copyData }), {
      clock: gw.time.clock,
    });
    try {
      const token = (await signIn(tampered.url, 'priya.shah')).tokens.accessToken;
      const result = await verify(tampered.url, token);
      expect(result.ok).toBe(false);
      expect(result.chains.find((c) => c.chainId === GATEWAY_CHAIN_ID)).toMatchObject({
        ok: false,
        firstBroken: { id: viewed.id, seq: viewed.seq },
        problem: 'edited',
      });
      expect(result.chains.find((c) => c.chainId === middle[0]?.chainId)).toMatchObject({
        ok: false,
        firstBroken: { id: middle[2]?.id, seq: 3 },
        problem: 'missing',
        message: expect.stringContaining('events before it are missing'),
      });
      expect(result.chains.find((c) => c.chainId === tail[0]?.chainId)).toMatchObject({
        ok: false,
        firstBroken: null,
        problem: 'removed-at-end',
      });
      // The untouched original still verifies: the copy's tampering is the copy's.
      expect((await verify(gw.url, priyaToken)).ok).toBe(true);
    } finally {
      await tampered.close();
      copy.remove();
    }
  });

  it('001: only managers may verify; residential staff get 403', async () => {
    const answer = await call(gw.url, 'GET', '/api/v1/audit/verify', { token: samToken });
    expect(answer.status).toBe(403);
  });
});
