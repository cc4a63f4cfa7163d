/**
 * The last shipment of a revoked computer's audit events (issue 7: "a device keeps its events until
 * the gateway has them", DOMAIN.md "Audit"; "a revoked device ... wipes its local data at its next
 * contact"). Without it the wipe would destroy views made offline before the revocation, and the
 * gateway's copy, the authoritative one, would never learn of them.
 *
 * A revoked computer has no session (its tokens stopped working at once), and nobody need be
 * signed in when it hears it was revoked. So each event carries its own `proof`: an HMAC of its
 * chain link made on the device, when the event was recorded, with the upload key of the person it
 * belongs to on that computer (given at their sign-in, kept under their password: OfflineGrant's
 * `uploadKey`). Because every link's hash covers the one before, a proved link vouches for every
 * earlier link of its chain that leads to it. The gateway takes only what is vouched for this way,
 * only from a computer that IS revoked, only events dated before the revocation, and only once.
 * Nothing else a revoked computer sends is taken, and its tokens stay useless.
 */
import { z } from 'zod';
import { AuditAccepted, DeviceAuditEvent } from './audit.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

/** A body stays under the gateway's 1 MiB limit; more than this waiting on one computer is rare. */
export const FINAL_AUDIT_MAX_EVENTS = 1500;

/** What a proof is an HMAC of: the link's hash, bound to whose event it is and from which computer. */
export const auditProofText = (staffId: string, deviceId: string, linkHash: string): string =>
  `hearth/audit-proof/v1\n${staffId}\n${deviceId}\n${linkHash}`;

export const ProvedAuditEvent = z.object({
  staffId: z.string().min(1).max(100),
  event: DeviceAuditEvent,
  /** base64url HMAC-SHA256 of auditProofText; null when the person's key was not held then. */
  proof: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .nullable(),
});
export type ProvedAuditEvent = z.infer<typeof ProvedAuditEvent>;

export const FinalAuditBatch = z.object({
  events: z.array(ProvedAuditEvent).min(1).max(FINAL_AUDIT_MAX_EVENTS),
});
export type FinalAuditBatch = z.infer<typeof FinalAuditBatch>;

export const finalAuditRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/devices/{deviceId}/final-audit',
  operationId: 'postFinalAudit',
  summary: 'A revoked computer hands over its unsent audit events, once, before it wipes',
  description:
    'No sign-in: each event is vouched for by its person’s key on that computer (a proved later ' +
    'link of the same chain). Only events dated before the revocation; only once per computer.',
  tags: ['devices', 'audit'],
  params: z.object({ deviceId: z.uuid() }),
  body: FinalAuditBatch,
  responses: {
    200: { description: 'What the gateway now holds, and what it refused with why.', schema: AuditAccepted },
    403: { description: 'No event is vouched for by its person’s key.', schema: ApiError },
    404: { description: 'No such computer.', schema: ApiError },
    409: { description: 'The computer is not revoked, or already sent its last events.', schema: ApiError },
  },
});
