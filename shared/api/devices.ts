/**
 * Devices enrolled to a home (issue 7 "Data at rest"; 003: personal data "protected against
 * unauthorised access" and "loss"). A manager of the home makes a one-time code in the app; a new
 * computer enters it at first start, before anyone signs in, and is enrolled to that home. Only an
 * enrolled computer may sign in for that home. A manager lists the home's computers and revokes one
 * (lost, stolen, replaced): its access and refresh tokens stop working at once, answered 401
 * `device-revoked`, and the app wipes what it keeps at its next contact with the gateway.
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';
import { DeviceInfo } from './session.ts';

/** Eight letters and digits that cannot be confused when read aloud or copied (no 0/O, 1/I/L). */
export const ENROLMENT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ENROLMENT_CODE_LENGTH = 8;
/** Long enough to walk to the new computer and type it; short enough that a code written down is soon dead. */
export const ENROLMENT_CODE_MINUTES = 15;

/** Upper case, without spaces or dashes: `k7qm-4xpd` is `K7QM4XPD`. */
export const normaliseEnrolmentCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

export const EnrolmentCode = z
  .string()
  .transform(normaliseEnrolmentCode)
  .pipe(z.string().regex(new RegExp(`^[${ENROLMENT_ALPHABET}]{${ENROLMENT_CODE_LENGTH}}$`)));

export const NewEnrolmentCode = z.object({
  /** Shown once to the manager, as `XXXX-XXXX`; the gateway keeps only its SHA-256. */
  code: z.string(),
  expiresAt: z.iso.datetime(),
  home: z.object({ id: z.string(), name: z.string() }),
});
export type NewEnrolmentCode = z.infer<typeof NewEnrolmentCode>;

export const EnrolRequest = z.object({ code: EnrolmentCode, device: DeviceInfo });
export type EnrolRequest = z.input<typeof EnrolRequest>;

export const EnrolmentState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('enrolled'), home: z.object({ id: z.string(), name: z.string() }) }),
  /** `required` false: the demo gateway enrols a new computer at its first sign-in, so no code is asked. */
  z.object({ state: z.literal('not-enrolled'), required: z.boolean() }),
  z.object({ state: z.literal('revoked'), revokedAt: z.iso.datetime() }),
]);
export type EnrolmentState = z.infer<typeof EnrolmentState>;

export const HomeDevice = z.object({
  id: z.uuid(),
  name: z.string(),
  enrolledAt: z.iso.datetime(),
  /** The manager whose code enrolled it; null when the demo gateway enrolled it at first sign-in. */
  enrolledBy: z.string().nullable(),
  /** The last time anyone signed in or refreshed a session on it. */
  lastSeenAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  revokedBy: z.string().nullable(),
});
export type HomeDevice = z.infer<typeof HomeDevice>;

export const HomeDeviceList = z.object({ devices: z.array(HomeDevice) });

const DeviceParams = z.object({ deviceId: z.uuid() });

const MANAGERS_ONLY = 'Only the home’s registered or assistant manager (403 otherwise).';

export const createEnrolmentCodeRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/devices/enrolment-codes',
  operationId: 'createEnrolmentCode',
  summary: 'Make a one-time code that enrols a new computer to your home',
  description: `Valid for ${ENROLMENT_CODE_MINUTES} minutes and once only. ${MANAGERS_ONLY}`,
  tags: ['devices'],
  responses: {
    201: { description: 'The code, shown once.', schema: NewEnrolmentCode },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'Not a manager of the home.', schema: ApiError },
  },
});

export const enrolDeviceRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/devices/enrolment',
  operationId: 'enrolDevice',
  summary: 'Enrol this computer to a home with a one-time code (before anyone signs in)',
  tags: ['devices'],
  body: EnrolRequest,
  responses: {
    200: { description: 'Enrolled.', schema: EnrolmentState },
    400: { description: 'The code is wrong, used or expired (which is not said).', schema: ApiError },
    401: { description: 'This computer was revoked.', schema: ApiError },
    409: { description: 'This computer is already enrolled.', schema: ApiError },
  },
});

export const deviceEnrolmentRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/devices/{deviceId}/enrolment',
  operationId: 'getDeviceEnrolment',
  summary: 'Whether this computer is enrolled, not yet enrolled, or revoked',
  description: 'Asked at start, before sign-in: a revoked computer then wipes what it keeps.',
  tags: ['devices'],
  params: DeviceParams,
  responses: { 200: { description: 'The state.', schema: EnrolmentState } },
});

export const listHomeDevicesRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/devices',
  operationId: 'listHomeDevices',
  summary: 'The computers enrolled to your home, revoked ones included',
  description: MANAGERS_ONLY,
  tags: ['devices'],
  responses: {
    200: { description: 'Newest first.', schema: HomeDeviceList },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'Not a manager of the home.', schema: ApiError },
  },
});

export const revokeDeviceRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/devices/{deviceId}/revocation',
  operationId: 'revokeDevice',
  summary: 'Revoke a computer of your home: its tokens stop working at once; it wipes its data',
  description: MANAGERS_ONLY,
  tags: ['devices'],
  params: DeviceParams,
  responses: {
    200: { description: 'Revoked (or already revoked).', schema: HomeDevice },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'Not a manager of the home.', schema: ApiError },
    404: { description: 'No such computer in your home.', schema: ApiError },
  },
});
