/**
 * Access requests for restricted (shielded) records (002 §6.2: "To request access to restricted
 * files, users will need to ... [provide] the reason why they need access to the file"). The rules
 * the app and the gateway share: what a reason must be, how long a grant lasts, and which state a
 * request is in at a given moment (a grant lapses by time alone, so no job has to expire it).
 */
import { z } from 'zod';

export const REASON_MIN = 20;
export const REASON_MAX = 1000;

/** The written reason (002 §6.2), checked the same way on the form and at the gateway. */
export const AccessReason = z
  .string()
  .trim()
  .min(1, 'Enter why you need access to this record')
  .min(REASON_MIN, `Why you need access must be ${REASON_MIN} characters or more`)
  .max(REASON_MAX, `Why you need access must be ${REASON_MAX} characters or fewer`);

/**
 * A grant lasts 30 days from the council's decision, then the record is restricted again and a new
 * request is needed. 002 §6.2 sets no period; a bounded one keeps access to what the work needs
 * (003, minimisation) and makes a forgotten grant end on its own.
 */
export const GRANT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const grantExpiry = (decidedAt: Date): Date => new Date(decidedAt.getTime() + GRANT_DAYS * DAY_MS);

export const AccessRequestState = z.enum(['pending', 'granted', 'refused', 'expired']);
export type AccessRequestState = z.infer<typeof AccessRequestState>;

/** The stored decision, and the moment asked about: a grant past its expiry reads as 'expired'. */
export function requestStateAt(
  stored: { decision: 'pending' | 'granted' | 'refused'; expiresAt: string | null },
  now: Date,
): AccessRequestState {
  if (stored.decision !== 'granted') return stored.decision;
  return stored.expiresAt !== null && Date.parse(stored.expiresAt) > now.getTime() ? 'granted' : 'expired';
}
