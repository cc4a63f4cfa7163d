/**
 * Device enrolment and revocation (shared/api/devices.ts; issue 7 "Data at rest"). Before sign-in:
 * a computer asks how it stands and enrols with a manager's one-time code. Behind sign-in, managers
 * of the home only (MANAGER_ROLES): make a code, list the home's computers, revoke one. Each step is
 * written to the gateway's audit (001: logged against the person's account).
 */
import type { FastifyInstance } from 'fastify';
import {
  createEnrolmentCodeRoute,
  deviceEnrolmentRoute,
  enrolDeviceRoute,
  listHomeDevicesRoute,
  revokeDeviceRoute,
} from '../../shared/api/devices.ts';
import { MANAGER_ROLES } from '../../shared/domain/roles.ts';
import { recordGatewayEvent, type GatewayEvent } from '../audit/record.ts';
import { signedIn, withSignedIn, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import {
  BAD_CODE,
  REVOKED,
  createEnrolmentCode,
  enrolWithCode,
  enrolmentState,
  listHomeDevices,
  revokeDevice,
} from '../devices/enrolment.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';

export const MANAGERS_ONLY =
  'Only the registered manager or an assistant manager of the home can enrol or revoke its computers.';
export const NO_SUCH_DEVICE = 'There is no computer with that id enrolled to your home.';
export const ALREADY_ENROLLED = 'This computer is already enrolled. Sign in to Hearth.';

export async function registerDeviceRoutes(app: FastifyInstance, ctx: GatewayContext): Promise<void> {
  const audit = (event: GatewayEvent) => recordGatewayEvent(ctx.db, event, ctx.clock());
  const refused = async (person: SignedInPerson, what: string) => {
    await audit({
      staffId: person.staffId,
      homeId: person.homeId,
      deviceId: person.deviceId,
      action: 'access-refused',
      detail: `not a manager: ${what}`,
    });
    return { status: 403 as const, body: apiError('forbidden', MANAGERS_ONLY) };
  };

  addRoute(app, deviceEnrolmentRoute, async ({ params }) => ({
    status: 200,
    body: await enrolmentState(ctx.db, params.deviceId, ctx.config.deviceEnrolment),
  }));

  addRoute(app, enrolDeviceRoute, async ({ body }) => {
    const outcome = await enrolWithCode(ctx.db, body.code, body.device, ctx.clock());
    if (!outcome.ok) {
      if (outcome.error === 'revoked') return { status: 401, body: apiError('device-revoked', REVOKED) };
      if (outcome.error === 'already-enrolled')
        return { status: 409, body: apiError('conflict', ALREADY_ENROLLED) };
      return { status: 400, body: apiError('bad-request', BAD_CODE) };
    }
    await audit({
      staffId: outcome.managerId,
      homeId: outcome.homeId,
      deviceId: body.device.id,
      action: 'device-enrolled',
      detail: `${body.device.name}, with a one-time code`,
    });
    return { status: 200, body: await enrolmentState(ctx.db, body.device.id, ctx.config.deviceEnrolment) };
  });

  await withSignedIn(app, ctx, (scope) => {
    addRoute(scope, createEnrolmentCodeRoute, async (_input, request) => {
      const person = signedIn(request);
      if (!MANAGER_ROLES.has(person.role)) return refused(person, 'enrolment code');
      const made = await createEnrolmentCode(ctx.db, person, ctx.clock());
      await audit({
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        action: 'device-enrolment-code',
        detail: `valid until ${made.expiresAt}`,
      });
      return { status: 201, body: { ...made, home: person.profile.home } };
    });

    addRoute(scope, listHomeDevicesRoute, async (_input, request) => {
      const person = signedIn(request);
      if (!MANAGER_ROLES.has(person.role)) return refused(person, 'list devices');
      return { status: 200, body: { devices: await listHomeDevices(ctx.db, person.homeId) } };
    });

    addRoute(scope, revokeDeviceRoute, async ({ params }, request) => {
      const person = signedIn(request);
      if (!MANAGER_ROLES.has(person.role)) return refused(person, `revoke ${params.deviceId}`);
      const outcome = await revokeDevice(ctx.db, person, params.deviceId, ctx.clock());
      if (outcome === 'not-found') return { status: 404, body: apiError('not-found', NO_SUCH_DEVICE) };
      if (outcome === 'revoked') {
        await audit({
          staffId: person.staffId,
          homeId: person.homeId,
          deviceId: params.deviceId,
          action: 'device-revoked',
          detail: null,
        });
      }
      const device = (await listHomeDevices(ctx.db, person.homeId)).find((d) => d.id === params.deviceId);
      if (!device) return { status: 404, body: apiError('not-found', NO_SUCH_DEVICE) };
      return { status: 200, body: device };
    });
  });
}
