/**
 * Lockout after repeated failed sign-ins, and why it reveals nothing: an unknown username is
 * answered exactly as a wrong password, takes as long, and locks the same way.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { MINUTE } from '../clock.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { credentialChecker } from '../auth/sign-in.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { DEMO_PASSWORD } from '../seed/people.ts';
import { call, signInBody, startSeededGateway, type Answer, type SeededGateway } from '../testing/client.ts';

let gw: SeededGateway;
let db: Kysely<Database>;

beforeAll(async () => {
  gw = await startSeededGateway('lockout');
  db = openDatabase(gw.dataDir);
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const attempt = (username: string, password: string) =>
  call(gw.url, 'POST', '/api/v1/session', { body: signInBody(username, password) });
/** What a person (or a script) can observe of an answer. */
const seen = (a: Answer) => ({
  status: a.status,
  body: a.body,
  length: a.headers.get('content-length'),
  retryAfter: a.headers.get('retry-after'),
});

describe('lockout (issue 3: lockout after repeated failures with a clear message)', () => {
  it('locks after 5 failures in a row, saying until when, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) {
      const answer = await attempt('priya.shah', 'wrong');
      expect([answer.status, ApiError.parse(answer.body).error], `attempt ${i}`).toEqual([
        401,
        'unauthorized',
      ]);
    }
    const fifth = await attempt('priya.shah', 'wrong');
    expect(fifth.status).toBe(423);
    expect(ApiError.parse(fifth.body)).toEqual({
      error: 'locked',
      message:
        'Too many failed sign-ins: this account is locked until 10:15 on Wednesday 25 November 2026 (UK time). ' +
        'Try again then, or ask your manager if you need to sign in sooner.',
    });
    expect(fifth.headers.get('retry-after')).toBe('900');
    const right = await attempt('priya.shah', DEMO_PASSWORD);
    expect([right.status, ApiError.parse(right.body).error]).toEqual([423, 'locked']);
  });

  it('unlocks when the 15 minutes are over (clock moved forward)', async () => {
    gw.time.advance(15 * MINUTE - 1000);
    expect((await attempt('priya.shah', DEMO_PASSWORD)).status).toBe(423);
    gw.time.advance(1000);
    expect((await attempt('priya.shah', DEMO_PASSWORD)).status).toBe(200);
  });

  it('001 audit: each failure and the refused attempt while locked are logged against the account', async () => {
    const rows = await db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('staff_id', '=', 'staff-priya-shah')
      .orderBy('received_at')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      ...Array<string>(5).fill('sign-in-failed'),
      'sign-in-locked',
      'sign-in-locked',
      'sign-in',
    ]);
    expect(rows[4]?.detail).toBe('locked until 2026-11-25T10:15:00.000Z');
  });

  it('a successful sign-in starts the count again', async () => {
    for (let i = 0; i < 4; i++) await attempt('tom.reilly', 'wrong');
    expect((await attempt('tom.reilly', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('tom.reilly', 'wrong')).status).toBe(401);
  });

  it('failures more than 15 minutes apart do not add up', async () => {
    for (let i = 0; i < 4; i++) await attempt('ellie.watts', 'wrong');
    gw.time.advance(16 * MINUTE);
    for (let i = 0; i < 4; i++) expect((await attempt('ellie.watts', 'wrong')).status).toBe(401);
  });
});

describe('an unknown username is indistinguishable from a wrong password (000: no account enumeration)', () => {
  it('gives the same answers, attempt by attempt, up to and including the lockout', async () => {
    for (let i = 1; i <= 6; i++) {
      const wrong = await attempt('marcus.hill', 'not-his-password');
      const unknown = await attempt('marcus.hil', 'not-his-password');
      expect(seen(unknown), `attempt ${i}`).toEqual(seen(wrong));
    }
    // Only the audit knows: the unknown username's attempts are logged against nobody.
    const rows = await db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('staff_id', 'is', null)
      .execute();
    expect(rows.map((r) => r.action)).toEqual([...Array<string>(5).fill('sign-in-failed'), 'sign-in-locked']);
    expect(rows[0]?.detail).toBe('unknown username');
  });

  // Timing is not asserted (a busy machine would make that flaky); instead it is proved that an
  // unknown username goes through the same scrypt verification, against a hash of the same cost.
  it('takes as long: the unknown username is checked against a dummy scrypt hash', async () => {
    const checked: string[] = [];
    const checker = credentialChecker(db, async (password, stored) => {
      checked.push(stored);
      return verifyPassword(password, stored);
    });
    const now = new Date('2026-03-02T12:00:00.000Z');
    const known = await checker.check('grace.adeyemi', 'wrong', now);
    const unknown = await checker.check('nobody.here', 'wrong', now);
    expect([known.outcome, unknown.outcome]).toEqual(['wrong', 'wrong']);
    expect(checked).toHaveLength(2);
    const cost = (hash: string | undefined) => hash?.split('$').slice(0, 4).join('$');
    expect(cost(checked[1])).toBe(cost(checked[0]));
    expect(checked[1]).not.toBe(checked[0]);
  });
});
