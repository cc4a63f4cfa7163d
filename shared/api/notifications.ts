/**
 * Upload notifications (guidance 001: every upload notifies the child's allocated social worker, or
 * the team's duty inbox when none is allocated; DOMAIN.md "Uploads"). Two readers:
 * - home staff see, per child placed in their home, each notice about that child's uploads and
 *   whether it was sent (bearer sign-in, like the records);
 * - the council's systems (e.g. a social worker's portal or the case management system) read a
 *   social worker's notification list with a council service token, `Authorization: Bearer
 *   {HEARTH_COUNCIL_API_TOKEN}`. Social workers do not sign in to Hearth (DOMAIN.md "People and
 *   roles"), so a single service token held by the council is the credential; when the variable is
 *   unset the route answers 404, as if it did not exist.
 * A notice carries who uploaded what, when, for which child, never the document or its content.
 */
import { z } from 'zod';
import { DocumentTypeId } from '../domain/catalogue.ts';
import { MosaicId } from '../domain/mosaic.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';
import { NotificationState } from './uploads.ts';

const RecipientKind = z.enum(['social-worker', 'duty-inbox']);

/** One notice about one of a child's uploads, as home staff see it. */
export const ChildNotification = z.object({
  id: z.string(),
  documentId: z.string(),
  documentType: DocumentTypeId,
  documentTypeLabel: z.string(),
  documentTitle: z.string(),
  /** When the document went on the record. */
  recordedAt: z.iso.datetime(),
  /** "Uploaded by {name}, {role}[, on behalf of {name}, {role}]" (guidance 000). */
  attribution: z.string(),
  recipientKind: RecipientKind,
  recipientName: z.string(),
  state: NotificationState,
  attempts: z.number().int().nonnegative(),
  sentAt: z.iso.datetime().nullable(),
  /** Why the last attempt failed (or why none was made yet), for the home to pass on to IT. */
  lastError: z.string().nullable(),
});
export type ChildNotification = z.infer<typeof ChildNotification>;

export const ChildNotificationList = z.object({
  mosaicId: MosaicId,
  /** Newest first. */
  notifications: z.array(ChildNotification),
});
export type ChildNotificationList = z.infer<typeof ChildNotificationList>;

/** One notice addressed to a social worker, as the council's systems read it. */
export const WorkerNotification = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  state: NotificationState,
  sentAt: z.iso.datetime().nullable(),
  child: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), mosaicId: MosaicId }),
  document: z.object({
    id: z.string(),
    type: DocumentTypeId,
    typeLabel: z.string(),
    title: z.string(),
    completedOn: z.iso.date(),
    recordedAt: z.iso.datetime(),
  }),
  attribution: z.string(),
  home: z.object({ name: z.string() }),
});
export type WorkerNotification = z.infer<typeof WorkerNotification>;

export const WorkerNotificationList = z.object({
  socialWorker: z.object({ id: z.string(), name: z.string(), team: z.string() }),
  /** Newest first. */
  notifications: z.array(WorkerNotification),
});
export type WorkerNotificationList = z.infer<typeof WorkerNotificationList>;

export const listChildNotificationsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/children/{childId}/notifications',
  operationId: 'listChildNotifications',
  summary: "The notices sent about a child's uploads, and whether each reached the social worker",
  tags: ['uploads'],
  params: z.object({ childId: z.string().min(1).max(100) }),
  responses: {
    200: { description: 'The notices, newest first.', schema: ChildNotificationList },
    401: { description: 'Not signed in.', schema: ApiError },
    403: {
      description: 'Training incomplete for reading records, or a restricted record.',
      schema: ApiError,
    },
    404: {
      description: 'No such child in your home (another home’s child answers the same).',
      schema: ApiError,
    },
  },
});

export const listSocialWorkerNotificationsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/social-workers/{workerId}/notifications',
  operationId: 'listSocialWorkerNotifications',
  summary: "A social worker's notification list (council service token)",
  description:
    'For the council’s systems, with `Authorization: Bearer {HEARTH_COUNCIL_API_TOKEN}`. Answers 404 ' +
    'when the gateway has no council token configured.',
  tags: ['uploads'],
  params: z.object({ workerId: z.string().min(1).max(100) }),
  query: z.object({
    /** Only notices created after this time, for a caller that polls. */
    since: z.iso.datetime().optional(),
  }),
  responses: {
    200: {
      description: 'The notices addressed to this worker, newest first.',
      schema: WorkerNotificationList,
    },
    401: { description: 'Missing or wrong council service token.', schema: ApiError },
    404: { description: 'No such social worker, or the council API is not enabled.', schema: ApiError },
  },
});
