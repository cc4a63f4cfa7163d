/**
 * POST /api/v1/devices/{deviceId}/final-audit: a revoked computer's last audit events, before it
 * wipes (shared/api/final-audit.ts, gateway/devices/final-audit.ts). Outside bearer authentication
 * on purpose: a revoked computer has no session and must not get one; each event is vouched for by
 * its own person's key instead.
 */
import type { FastifyInstance } from 'fastify';
import { finalAuditRoute } from '../../shared/api/final-audit.ts';
import type { GatewayContext } from '../context.ts';
import { takeFinalAudit } from '../devices/final-audit.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const NO_SUCH_COMPUTER = 'There is no computer with that id.';
export const NOT_REVOKED =
  'This computer is not revoked: its audit events are sent while someone is signed in on it.';
export const ALREADY_TAKEN = 'This computer already sent its last audit events.';
export const NOTHING_VOUCHED =
  'None of these audit events is vouched for by its person’s key on this computer.';

export function registerFinalAuditRoute(app: FastifyInstance, ctx: GatewayContext): void {
  addRoute(app, finalAuditRoute, async ({ params, body }) => {
    const outcome = await takeFinalAudit(ctx.db, params.deviceId, body.events, ctx.clock());
    switch (outcome.kind) {
      case 'taken':
        return { status: 200, body: outcome.answer };
      case 'unknown-device':
        return { status: 404, body: apiError('not-found', NO_SUCH_COMPUTER) };
      case 'not-revoked':
        return { status: 409, body: apiError('conflict', NOT_REVOKED) };
      case 'already-taken':
        return { status: 409, body: apiError('conflict', ALREADY_TAKEN) };
      case 'nothing-vouched':
        return { status: 403, body: apiError('forbidden', NOTHING_VOUCHED) };
    }
  });
}
