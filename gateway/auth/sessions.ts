/**
 * Sessions and their tokens. An access token lives ACCESS_TOKEN_MS; the refresh token swaps for a
 * new pair once (rotation), and presenting a used one again means someone copied it: the whole
 * session is revoked, for the thief and the owner alike (OAuth 2.0 Security BCP §4.14.2). A session
 * ends SESSION_MS after sign-in whatever the refreshes, or at once on sign-out.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DeviceInfo, Tokens } from '../../shared/api/session.ts';
import { isoAfter } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { ACCESS_TOKEN_MS, SESSION_MS, newToken, tokenHash } from './tokens.ts';

export interface SessionRef {
  sessionId: string;
  staffId: string;
  deviceId: string;
}

/** A fresh access and refresh token for the session, stored as hashes. */
async function issueTokens(
  trx: Transaction<Database>,
  sessionId: string,
  sessionEnds: string,
  now: Date,
): Promise<Tokens> {
  const accessToken = newToken();
  const refreshToken = newToken();
  const accessEnds = isoAfter(now, ACCESS_TOKEN_MS);
  // ISO-8601 UTC text sorts as time does, so the earlier of two is the smaller string.
  const accessExpiresAt = accessEnds < sessionEnds ? accessEnds : sessionEnds;
  await trx
    .insertInto('access_tokens')
    .values({ token_hash: tokenHash(accessToken), session_id: sessionId, expires_at: accessExpiresAt })
    .execute();
  await trx
    .insertInto('refresh_tokens')
    .values({
      token_hash: tokenHash(refreshToken),
      session_id: sessionId,
      expires_at: sessionEnds,
      used_at: null,
    })
    .execute();
  return { accessToken, accessExpiresAt, refreshToken, refreshExpiresAt: sessionEnds };
}

export async function startSession(
  db: Kysely<Database>,
  staffId: string,
  device: DeviceInfo,
  now: Date,
): Promise<{ sessionId: string; tokens: Tokens }> {
  const at = now.toISOString();
  const sessionId = randomUUID();
  const expires = isoAfter(now, SESSION_MS);
  return db.transaction().execute(async (trx) => {
    // Expired tokens are of no use to anyone; clearing them here keeps the tables small.
    await trx.deleteFrom('access_tokens').where('expires_at', '<=', at).execute();
    await trx.deleteFrom('refresh_tokens').where('expires_at', '<=', at).execute();
    await trx
      .insertInto('devices')
      .values({ id: device.id, staff_id: staffId, name: device.name, first_seen_at: at, last_seen_at: at })
      .onConflict((oc) => oc.columns(['id', 'staff_id']).doUpdateSet({ name: device.name, last_seen_at: at }))
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        staff_id: staffId,
        device_id: device.id,
        created_at: at,
        expires_at: expires,
        revoked_at: null,
        revoked_reason: null,
      })
      .execute();
    return { sessionId, tokens: await issueTokens(trx, sessionId, expires, now) };
  });
}

export type RefreshOutcome =
  | { ok: true; session: SessionRef; tokens: Tokens }
  | { ok: false; error: 'unknown' | 'ended' }
  /** Someone presented a used refresh token: the session it belonged to is now revoked. */
  | { ok: false; error: 'reused'; session: SessionRef };

/** Swaps a refresh token for a new pair; a reused one revokes its session (and says whose it was). */
export async function rotateRefresh(
  db: Kysely<Database>,
  refreshToken: string,
  now: Date,
): Promise<RefreshOutcome> {
  const at = now.toISOString();
  const hash = tokenHash(refreshToken);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('refresh_tokens')
      .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
      .select(['refresh_tokens.used_at', 'sessions.id', 'sessions.staff_id', 'sessions.device_id'])
      .select(['sessions.expires_at', 'sessions.revoked_at'])
      .where('refresh_tokens.token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) return { ok: false, error: 'unknown' };
    const session = { sessionId: row.id, staffId: row.staff_id, deviceId: row.device_id };
    if (row.revoked_at !== null || row.expires_at <= at) return { ok: false, error: 'ended' };
    if (row.used_at !== null) {
      await revokeSession(trx, row.id, 'refresh-token-reused', now);
      return { ok: false, error: 'reused', session };
    }
    await trx.updateTable('refresh_tokens').set({ used_at: at }).where('token_hash', '=', hash).execute();
    await trx
      .updateTable('devices')
      .set({ last_seen_at: at })
      .where('id', '=', row.device_id)
      .where('staff_id', '=', row.staff_id)
      .execute();
    return { ok: true, session, tokens: await issueTokens(trx, row.id, row.expires_at, now) };
  });
}

/** Ends the session at once: every access and refresh token of it stops working. */
export async function revokeSession(
  db: Kysely<Database> | Transaction<Database>,
  sessionId: string,
  reason: 'signed-out' | 'refresh-token-reused' | 'device-revoked',
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString(), revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The live session an access token belongs to, or undefined when it is unknown, expired or revoked. */
export async function sessionOfAccessToken(
  db: Kysely<Database>,
  accessToken: string,
  now: Date,
): Promise<SessionRef | undefined> {
  const at = now.toISOString();
  const row = await db
    .selectFrom('access_tokens')
    .innerJoin('sessions', 'sessions.id', 'access_tokens.session_id')
    .select(['sessions.id', 'sessions.staff_id', 'sessions.device_id'])
    .where('access_tokens.token_hash', '=', tokenHash(accessToken))
    .where('access_tokens.expires_at', '>', at)
    .where('sessions.expires_at', '>', at)
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { sessionId: row.id, staffId: row.staff_id, deviceId: row.device_id };
}
