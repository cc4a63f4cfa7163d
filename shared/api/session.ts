/**
 * Signing in (guidance 000: each person logs in with their own account, no shared or "act for"
 * logins; 001: access follows role and completed training). Access tokens are short-lived and
 * refreshed with a rotating refresh token. An online sign-in also hands the device an offline
 * grant, signed by the gateway, that lets the same person unlock Hearth on that device without a
 * connection until it expires (default 7 days); role or training changes apply at the next
 * online sign-in, when a new grant replaces it.
 */
import { z } from 'zod';
import { CouncilReg40Events } from '../domain/regulation-40-council.ts';
import { ROLES } from '../domain/roles.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

export const DeviceInfo = z.object({
  /** A random UUID the device made once and keeps. */
  id: z.uuid(),
  /** What staff would call the computer, e.g. "Office laptop". */
  name: z.string().min(1).max(80),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

export const SignInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
  device: DeviceInfo,
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const AccessInfo = z.object({
  level: z.enum(['none', 'read', 'read-upload']),
  missingModules: z.array(z.number().int()),
  reason: z.string().optional(),
});
export type AccessInfo = z.infer<typeof AccessInfo>;

export const StaffProfile = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  home: z.object({
    id: z.string(),
    name: z.string(),
    // For Ofsted's Regulation 40 notification (the home's URN and address). Optional: a profile kept
    // for offline unlock by an earlier version has neither.
    ofstedUrn: z.string().optional(),
    address: z.string().optional(),
  }),
  access: AccessInfo,
  /**
   * What the council configured for the forms, from the gateway's settings: its own Regulation 40
   * events (`HEARTH_REG40_EVENTS_FILE`; shared/domain/regulation-40-council.ts). In the profile, so
   * the offline grant carries it and a form written offline offers them too. Optional: a profile
   * kept by an earlier version has none, and the statutory events alone apply.
   */
  council: z.object({ reg40Events: CouncilReg40Events }).optional(),
});
export type StaffProfile = z.infer<typeof StaffProfile>;

export const Tokens = z.object({
  accessToken: z.string().min(20),
  /** ISO-8601; minutes away, refresh before it. */
  accessExpiresAt: z.iso.datetime(),
  refreshToken: z.string().min(20),
  refreshExpiresAt: z.iso.datetime(),
});
export type Tokens = z.infer<typeof Tokens>;

/** What the offline grant vouches for; its JSON text is what the gateway signed. */
export const OfflineGrantPayload = z.object({
  staffId: z.string(),
  deviceId: z.uuid(),
  profile: StaffProfile,
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type OfflineGrantPayload = z.infer<typeof OfflineGrantPayload>;

export const OfflineGrant = z.object({
  /** JSON text of an OfflineGrantPayload, exactly as signed. */
  payload: z.string(),
  /** ECDSA P-256 / SHA-256 signature over the UTF-8 payload, IEEE P1363 form, base64url. */
  signature: z.string(),
  /** The gateway's public key (JWK, EC P-256) to verify it offline. */
  publicKey: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() }),
  /**
   * This person's upload key on this computer (32 random bytes, base64url; not signed, a secret):
   * kept with the grant under their password, so items they queue, online or offline, carry their
   * proof and can be sent later whoever is signed in (shared/api/uploads.ts `proof`).
   */
  uploadKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional(),
});
export type OfflineGrant = z.infer<typeof OfflineGrant>;

export const SignedIn = z.object({ tokens: Tokens, staff: StaffProfile, offlineGrant: OfflineGrant });
export type SignedIn = z.infer<typeof SignedIn>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(20) });

export const signInRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/session',
  operationId: 'signIn',
  summary: 'Sign in with your own account',
  tags: ['session'],
  body: SignInRequest,
  responses: {
    200: { description: 'Signed in.', schema: SignedIn },
    401: {
      description:
        'Wrong username or password (which one is not said); or `device-revoked`: this computer was revoked.',
      schema: ApiError,
    },
    403: {
      description:
        '`device-not-enrolled`: this computer is not enrolled to a home yet; `forbidden`: it is enrolled to another home.',
      schema: ApiError,
    },
    423: { description: 'Locked after repeated failures; the message says until when.', schema: ApiError },
  },
});

export const refreshRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/session/refresh',
  operationId: 'refreshSession',
  summary: 'Swap a refresh token for new tokens (the old refresh token stops working)',
  tags: ['session'],
  body: RefreshRequest,
  responses: {
    200: {
      description: 'New tokens and the current profile.',
      schema: z.object({ tokens: Tokens, staff: StaffProfile }),
    },
    401: {
      description:
        'The refresh token is unknown, used or expired: sign in again (`device-revoked`: this computer was revoked).',
      schema: ApiError,
    },
  },
});

export const signOutRoute = defineRoute({
  method: 'DELETE',
  path: '/api/v1/session',
  operationId: 'signOut',
  summary: 'Sign out: the tokens of this session stop working at once',
  tags: ['session'],
  responses: {
    204: { description: 'Signed out.' },
    401: { description: 'Not signed in.', schema: ApiError },
  },
});

export const meRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/me',
  operationId: 'getMe',
  summary: 'Who is signed in, in which home, with what access',
  tags: ['session'],
  responses: {
    200: { description: 'The signed-in person.', schema: StaffProfile },
    401: { description: 'Not signed in.', schema: ApiError },
  },
});
