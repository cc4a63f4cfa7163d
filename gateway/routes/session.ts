/**
 * Sign-in, refresh, sign-out and "who am I" (shared/api/session.ts). Every sign-in, failed sign-in,
 * sign-out and detected refresh-token reuse is written to the audit (001).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DeviceInfo, OfflineGrant, StaffProfile } from '../../shared/api/session.ts';
import { meRoute, refreshRoute, signInRoute, signOutRoute } from '../../shared/api/session.ts';
import { recordGatewayEvent, type GatewayEvent } from '../audit/record.ts';
import { withSignedIn, signedIn } from '../auth/bearer.ts';
import { lockedMessage, retryAfterSeconds } from '../auth/lockout.ts';
import { loadPerson, normaliseUsername, type Person } from '../auth/person.ts';
import { revokeSession, rotateRefresh, startSession } from '../auth/sessions.ts';
import { WRONG_CREDENTIALS, credentialChecker } from '../auth/sign-in.ts';
import { DAY, isoAfter } from '../clock.ts';
import type { GatewayContext } from '../context.ts';
import {
  NOT_ENROLLED,
  OTHER_HOME,
  REVOKED,
  deviceStanding,
  tokenOfRevokedDevice,
} from '../devices/enrolment.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { uploadKeyFor } from '../uploads/upload-keys.ts';

export const SESSION_ENDED = 'Your session has ended. Sign in again.';

/**
 * The person's profile as the app gets it: with what the council configured for the forms (its own
 * Regulation 40 events, HEARTH_REG40_EVENTS_FILE), so the same profile in the offline grant lets a
 * form written offline offer them too.
 */
const profileFor = (ctx: GatewayContext, person: Person): StaffProfile => ({
  ...person.profile,
  council: { reg40Events: [...ctx.config.reg40CouncilEvents] },
});

/** Signs a grant for this person and device, and notes it so managers can see who may open offline. */
async function offlineGrant(
  ctx: GatewayContext,
  person: Person,
  device: DeviceInfo,
  sessionId: string,
  now: Date,
): Promise<OfflineGrant> {
  const issuedAt = now.toISOString();
  const expiresAt = isoAfter(now, ctx.config.offlineDays * DAY);
  await ctx.db
    .insertInto('offline_grants')
    .values({
      id: randomUUID(),
      staff_id: person.staffId,
      device_id: device.id,
      session_id: sessionId,
      issued_at: issuedAt,
      expires_at: expiresAt,
    })
    .execute();
  const grant = ctx.grants.sign({
    staffId: person.staffId,
    deviceId: device.id,
    profile: profileFor(ctx, person),
    issuedAt,
    expiresAt,
  });
  // Travels with the grant, kept under the person's password: items they queue carry their proof.
  return { ...grant, uploadKey: await uploadKeyFor(ctx.db, person.staffId, device.id, now) };
}

/** What the audit says of a failed sign-in (the answer itself never says whether the username exists). */
function failureDetail(unknownUsername: boolean, lockedUntil: Date | null): string | null {
  const parts = [
    ...(unknownUsername ? ['unknown username'] : []),
    ...(lockedUntil ? [`locked until ${lockedUntil.toISOString()}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : null;
}

export async function registerSessionRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const credentials = credentialChecker(ctx.db);
  const audit = (event: GatewayEvent) => recordGatewayEvent(ctx.db, event, ctx.clock());

  addRoute(app, signInRoute, async ({ body }, _request, reply) => {
    const now = ctx.clock();
    const username = normaliseUsername(body.username);
    const result = await credentials.check(username, body.password, now);
    if (result.outcome !== 'signed-in') {
      const until = result.outcome === 'locked' ? result.until : result.lockedUntil;
      await audit({
        staffId: result.staffId,
        homeId: result.homeId,
        deviceId: body.device.id,
        action: result.outcome === 'locked' ? 'sign-in-locked' : 'sign-in-failed',
        detail: failureDetail(result.staffId === null, until),
      });
      if (!until) return { status: 401, body: apiError('unauthorized', WRONG_CREDENTIALS) };
      reply.header('retry-after', String(retryAfterSeconds(until, now)));
      return { status: 423, body: apiError('locked', lockedMessage(until)) };
    }
    const person = await loadPerson(ctx.db, result.staffId);
    if (!person) throw new Error(`staff ${result.staffId} vanished while signing in`);
    // Checked after the password, so only the person themself learns how this computer stands.
    const standing = await deviceStanding(
      ctx.db,
      body.device,
      person.homeId,
      ctx.config.deviceEnrolment,
      now,
    );
    const who = { staffId: person.staffId, homeId: person.homeId, deviceId: body.device.id };
    if (!standing.ok) {
      await audit({ ...who, action: 'sign-in-refused-device', detail: standing.error });
      if (standing.error === 'revoked') return { status: 401, body: apiError('device-revoked', REVOKED) };
      if (standing.error === 'not-enrolled') {
        return { status: 403, body: apiError('device-not-enrolled', NOT_ENROLLED) };
      }
      return { status: 403, body: apiError('forbidden', OTHER_HOME) };
    }
    const { sessionId, tokens } = await startSession(ctx.db, person.staffId, body.device, now);
    const grant = await offlineGrant(ctx, person, body.device, sessionId, now);
    await audit({
      staffId: person.staffId,
      homeId: person.homeId,
      deviceId: body.device.id,
      action: 'sign-in',
      detail: person.access.level,
    });
    return { status: 200, body: { tokens, staff: profileFor(ctx, person), offlineGrant: grant } };
  });

  addRoute(app, refreshRoute, async ({ body }) => {
    const now = ctx.clock();
    const result = await rotateRefresh(ctx.db, body.refreshToken, now);
    if (!result.ok) {
      if (result.error === 'reused') {
        const person = await loadPerson(ctx.db, result.session.staffId);
        await audit({
          staffId: result.session.staffId,
          homeId: person?.homeId ?? null,
          deviceId: result.session.deviceId,
          action: 'session-revoked-refresh-reuse',
          detail: 'a used refresh token was presented again: the session was ended',
        });
      }
      if (await tokenOfRevokedDevice(ctx.db, body.refreshToken, 'refresh')) {
        return { status: 401, body: apiError('device-revoked', REVOKED) };
      }
      return { status: 401, body: apiError('unauthorized', SESSION_ENDED) };
    }
    const person = await loadPerson(ctx.db, result.session.staffId);
    if (!person) return { status: 401, body: apiError('unauthorized', SESSION_ENDED) };
    return { status: 200, body: { tokens: result.tokens, staff: profileFor(ctx, person) } };
  });

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, signOutRoute, async (_input, request) => {
      const person = signedIn(request);
      await revokeSession(ctx.db, person.sessionId, 'signed-out', ctx.clock());
      await audit({
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        action: 'sign-out',
      });
      return { status: 204, body: undefined };
    });

    addRoute(scope, meRoute, async (_input, request) => ({
      status: 200,
      body: profileFor(ctx, signedIn(request)),
    }));
  });
}
