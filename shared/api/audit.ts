/**
 * Audit events a device records (guidance 001: "All entries, enquiries and records viewed are
 * digitally logged against each staff member's account"; DOMAIN.md "Audit"). The device keeps each
 * event until the gateway has acknowledged it, including views made offline from the cache; the
 * gateway accepts each event id once, so sending again after a lost answer records nothing twice.
 * Each event is a link of the device's chain for that person (shared/domain/audit-chain.ts): sent
 * in order, checked by the gateway as it arrives and again whenever a manager verifies the audit.
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

export const DEVICE_AUDIT_ACTIONS = [
  'list-children',
  'search-children',
  'view-summary',
  'view-documents',
  'view-case-notes',
  // A document opened in the viewer, also from the offline cache (issue 6: every view is audited).
  'view-document',
  // A downloaded document written where the host put it (issue 6): the name it was saved under,
  // which in the shared-drive folder may be "name (2).pdf", and the SHA-256 of the bytes written.
  'download-saved',
  // The sibling group page (004), with the member ids it showed.
  'view-group',
  // The screen locked (idle, the computer locked or slept) and was unlocked with the password
  // (issue 7 "Sessions"; 001: activity logged against each staff member's account).
  'lock',
  'unlock',
  // A document saved to this computer's outbox (001: every upload is logged, from the moment it is
  // queued): the outbox id and the document type, one event per child it is for; never the file.
  'upload-queued',
  // A hard-copy label printed (DOMAIN.md "Audit": every print is logged), with the document id.
  'print',
  // A setting of this computer changed (auto-lock time, shared-drive folder): what, old → new.
  'settings-changed',
  // Sign-ins on this computer without the gateway (issue 7 "Sessions"; 001: logged against each
  // staff member's account): the offline unlock, a wrong password at the offline unlock or the lock
  // screen (with why), and a sign-out the gateway cannot see (offline, or forced by the lock).
  'sign-in-offline',
  'sign-in-failed',
  'sign-out',
] as const;
export const DeviceAuditAction = z.enum(DEVICE_AUDIT_ACTIONS);
export type DeviceAuditAction = z.infer<typeof DeviceAuditAction>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 lower-case hex digits');

export const DeviceAuditEvent = z.object({
  /** A UUID made when the event happened: the gateway's dedupe key. */
  id: z.uuid(),
  at: z.iso.datetime(),
  action: DeviceAuditAction,
  childId: z.string().max(100).nullable(),
  /** A search's words, a filter, or an item id: what was looked at. */
  detail: z.string().max(200).nullable(),
  /** Whether it was read from the device's cache without a connection. */
  offline: z.boolean(),
  /** The chain this person's events on this device form, started when the device first logged for them. */
  chainId: z.uuid(),
  seq: z.number().int().positive(),
  prevHash: Sha256Hex,
  /** SHA-256 over `prevHash` and the event in canonical form, with the person, home and device it belongs to. */
  hash: Sha256Hex,
});
export type DeviceAuditEvent = z.infer<typeof DeviceAuditEvent>;

export const AuditBatch = z.object({
  deviceId: z.uuid(),
  /** The person the events belong to: must be the signed-in person (no "act for", guidance 000). */
  staffId: z.string(),
  events: z.array(DeviceAuditEvent).min(1).max(500),
});
export type AuditBatch = z.infer<typeof AuditBatch>;

/**
 * Actions the gateway records itself (source 'gateway'): sign-in and sign-out, and each list, search
 * or view it served, besides refusals, so managers can review attempts to reach beyond the home.
 */
export const GATEWAY_AUDIT_ACTIONS = [
  ...DEVICE_AUDIT_ACTIONS,
  // 'sign-in-failed' and 'sign-out' are device actions too (above): the gateway records its own.
  'sign-in',
  'sign-in-locked',
  'session-revoked-refresh-reuse',
  'access-refused',
  // A document stored on a child's record from an upload (001: every upload is logged).
  'upload',
  // The social worker's notice (or the duty inbox's) accepted by the mail server, per child (001).
  'upload-notified',
  // The list of hard copies still to mark, and a hard copy marked (001 hard copies).
  'list-hard-copies',
  'mark-hard-copy',
  // Downloads (issue 6, 001): the stamped file handed out, the discussion that allowed a
  // non-permitted one, and a change of the home's shared-drive pattern or download roles.
  'download',
  // A permitted document copied to a device, encrypted, for reading offline (not yet read by anyone).
  'offline-copy',
  'discussion-recorded',
  'download-settings-changed',
  // The managers' review is audited too (DOMAIN.md "Audit"): who looked at, exported or checked it.
  'audit-viewed',
  'audit-exported',
  'audit-verified',
  // Computers enrolled to a home and revoked by its managers (issue 7 "Data at rest"), and sign-ins
  // refused because the computer is not enrolled, belongs to another home, or was revoked.
  'device-enrolment-code',
  'device-enrolled',
  'device-revoked',
  'sign-in-refused-device',
  // A revoked computer's unsent audit events, taken once before it wiped (shared/api/final-audit.ts).
  'device-final-audit',
  // Sibling groups changed by the council's systems (issue 8, 004): no staff member or home.
  'group-created',
  'group-renamed',
  'group-member-added',
  'group-membership-ended',
  // Access requests for restricted records (002 §6.2; DOMAIN.md "Audit": every access request is
  // logged): the request with its reason, and the council's decision, against the requester.
  'access-request',
  'access-request-decided',
] as const;
export const AuditAction = z.enum(GATEWAY_AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditAccepted = z.object({
  accepted: z.array(z.uuid()),
  /**
   * Events the gateway will never take (e.g. about a child not placed in your home, or an id another
   * person's event already holds), with why: the device stops resending them. Absent means none.
   */
  refused: z.array(z.object({ id: z.uuid(), reason: z.string() })).default([]),
});
export type AuditAccepted = z.infer<typeof AuditAccepted>;

export const postAuditEventsRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/audit/events',
  operationId: 'postAuditEvents',
  summary: 'Hand the gateway audit events recorded on a device (idempotent per event id)',
  tags: ['audit'],
  body: AuditBatch,
  responses: {
    200: {
      description: 'The ids now held by the gateway (also ones it had already).',
      schema: AuditAccepted,
    },
    401: { description: 'Not signed in.', schema: ApiError },
    403: { description: 'The events belong to someone else.', schema: ApiError },
  },
});
