/**
 * The one shape of every error the gateway answers with, so clients handle failures as data
 * (see shared/result.ts). `message` is written for a person; `issues` say which input was wrong.
 */
import { z } from 'zod';

export const ApiErrorCode = z.enum([
  'bad-request',
  'unauthorized',
  'forbidden',
  /** Too many failed sign-ins: the account is locked for a while (see `lockedUntil` in the message). */
  'locked',
  /** Training incomplete for reading records (001: read-only access needs 2 modules). */
  'training-incomplete',
  /** A restricted (shielded) record: only basic details are shown (002 §6.2). */
  'restricted',
  'not-found',
  /** This computer was revoked by a manager: its tokens no longer work, and it wipes its data (issue 7). */
  'device-revoked',
  /** This computer is not enrolled to the home yet: a manager's one-time code enrols it (issue 7). */
  'device-not-enrolled',
  'conflict',
  'payload-too-large',
  'internal',
  'unavailable',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiIssue = z.object({
  /** Where the problem is, e.g. `query.limit` or `body.title`. */
  path: z.string(),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiError = z
  .object({
    error: ApiErrorCode,
    message: z.string(),
    issues: z.array(ApiIssue).optional(),
  })
  .meta({ description: 'Every error answer from the gateway.' });
export type ApiError = z.infer<typeof ApiError>;
