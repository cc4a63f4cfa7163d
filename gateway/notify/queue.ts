/**
 * The persisted notification queue (table `notifications`, migration 0100). A notice is written in
 * the same transaction as the document it is about, so a stored document always has its notice
 * and a rolled-back one never does (the durable-job habit of EXAMPLES.md #6). The worker
 * (worker.ts) sends what is due and records each attempt here, so nothing depends on memory: a
 * gateway restart picks up every notice not yet sent.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isoAfter } from '../clock.ts';
import type { NotificationsTable, UploadDatabase } from '../uploads/tables.ts';
import { composeNotice, type NoticeFacts } from './message.ts';
import { auditNoticeSent } from './notified-audit.ts';

export interface UploadNoticeInput {
  documentId: string;
  childId: string;
  document: NoticeFacts['document'];
  uploader: NoticeFacts['uploader'];
  author: NoticeFacts['author'];
  recordedAt: Date;
}

/**
 * Queues the notice for an upload: to the child's allocated social worker, or with none to their
 * team's duty inbox (001; DOMAIN.md "Uploads"). Runs inside the caller's transaction.
 */
export async function enqueueUploadNotice(
  trx: Transaction<UploadDatabase>,
  input: UploadNoticeInput,
): Promise<void> {
  const child = await trx
    .selectFrom('children')
    .innerJoin('teams', 'teams.id', 'children.team_id')
    .leftJoin('social_workers', 'social_workers.id', 'children.social_worker_id')
    .select(['children.first_name', 'children.last_name', 'children.mosaic_id', 'children.team_id'])
    .select(['teams.name as team_name', 'teams.duty_inbox_email'])
    .select([
      'social_workers.id as sw_id',
      'social_workers.name as sw_name',
      'social_workers.email as sw_email',
    ])
    .where('children.id', '=', input.childId)
    .executeTakeFirstOrThrow();
  const worker =
    child.sw_id !== null && child.sw_name !== null && child.sw_email !== null
      ? { id: child.sw_id, name: child.sw_name, email: child.sw_email }
      : null;
  const notice = composeNotice({
    recipient: worker
      ? { kind: 'social-worker', name: worker.name }
      : { kind: 'duty-inbox', teamName: child.team_name },
    child: { firstName: child.first_name, lastName: child.last_name, mosaicId: child.mosaic_id },
    document: input.document,
    uploader: input.uploader,
    author: input.author,
    recordedAt: input.recordedAt,
  });
  await insertPendingNotice(trx, {
    documentId: input.documentId,
    childId: input.childId,
    worker,
    team: { id: child.team_id, name: child.team_name, dutyInboxEmail: child.duty_inbox_email },
    notice,
    at: input.recordedAt,
  });
}

/**
 * Writes one notice, pending, due now: to the allocated worker, or with none to the team's duty
 * inbox. The one place a notice row is made, for a single child's upload, a group's, and an
 * access request to a restricted record (gateway/access-requests).
 */
export async function insertPendingNotice(
  trx: Transaction<UploadDatabase>,
  input: {
    /** What the notice is about: an uploaded document, or an access request (exactly one). */
    documentId: string | null;
    accessRequestId?: string;
    childId: string;
    worker: { id: string; name: string; email: string } | null;
    team: { id: string; name: string; dutyInboxEmail: string };
    notice: { subject: string; body: string };
    at: Date;
    /** Every child the notice tells of, with their copy (the notice's own child first); default: that one. */
    told?: { childId: string; documentId: string }[];
  },
): Promise<void> {
  const { worker, team, notice } = input;
  const at = input.at.toISOString();
  const id = randomUUID();
  await trx
    .insertInto('notifications')
    .values({
      id,
      document_id: input.documentId,
      access_request_id: input.accessRequestId ?? null,
      child_id: input.childId,
      recipient_kind: worker ? 'social-worker' : 'duty-inbox',
      social_worker_id: worker?.id ?? null,
      team_id: team.id,
      recipient_name: worker ? worker.name : `${team.name} duty inbox`,
      recipient_email: worker ? worker.email : team.dutyInboxEmail,
      subject: notice.subject,
      body: notice.body,
      state: 'pending',
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      sent_at: null,
      created_at: at,
    })
    .execute();
  // Which children an upload notice tells of (audited per child when sent); an access request's
  // notice (no document) is about a request, not an upload, and has none.
  const told = (input.told ?? [{ childId: input.childId, documentId: input.documentId }]).flatMap((t) =>
    t.documentId === null ? [] : [{ notification_id: id, child_id: t.childId, document_id: t.documentId }],
  );
  if (told.length > 0) await trx.insertInto('notification_children').values(told).execute();
}

export type QueuedNotice = Pick<
  NotificationsTable,
  'id' | 'recipient_email' | 'subject' | 'body' | 'state' | 'attempts' | 'next_attempt_at'
>;

/** Notices not yet sent whose time has come (all of them when `everything`, as at start-up). */
export function dueNotices(db: Kysely<UploadDatabase>, now: Date, everything: boolean, limit = 20) {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'recipient_email', 'subject', 'body', 'state', 'attempts', 'next_attempt_at'])
    .where('state', 'in', ['pending', 'retrying']);
  if (!everything) query = query.where('next_attempt_at', '<=', now.toISOString());
  return query.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
}

/** When the next unsent notice falls due, or null when none waits. */
export async function nextDueAt(db: Kysely<UploadDatabase>): Promise<string | null> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.min('next_attempt_at').as('at'))
    .where('state', 'in', ['pending', 'retrying'])
    .executeTakeFirst();
  return row?.at ?? null;
}

/**
 * Takes the notice for one attempt by moving its due time past the attempt's longest duration,
 * only if nobody changed it since it was read (compare-and-set). A second worker (or a second
 * gateway on the same database) that read the same row finds it changed and leaves it alone.
 */
export async function claimNotice(
  db: Kysely<UploadDatabase>,
  notice: QueuedNotice,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ next_attempt_at: isoAfter(now, leaseMs) })
    .where('id', '=', notice.id)
    .where('state', '=', notice.state)
    .where('attempts', '=', notice.attempts)
    .where('next_attempt_at', '=', notice.next_attempt_at)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Marks the notice sent and, in the same transaction, audits it per child (notified-audit.ts). */
export async function markSent(db: Kysely<UploadDatabase>, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('notifications')
      .set((eb) => ({
        state: 'sent',
        attempts: eb('attempts', '+', 1),
        sent_at: now.toISOString(),
        last_error: null,
      }))
      .where('id', '=', id)
      .execute();
    await auditNoticeSent(trx, id, now);
  });
}

export async function markFailed(
  db: Kysely<UploadDatabase>,
  id: string,
  error: string,
  retryAt: string,
): Promise<void> {
  await db
    .updateTable('notifications')
    .set((eb) => ({
      state: 'retrying',
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 500),
      next_attempt_at: retryAt,
    }))
    .where('id', '=', id)
    .execute();
}

/** With no SMTP server configured, notices stay pending and say why; no attempt is counted. */
export async function markUnsendable(db: Kysely<UploadDatabase>, reason: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ last_error: reason })
    .where('state', '=', 'pending')
    .where((eb) => eb.or([eb('last_error', 'is', null), eb('last_error', '!=', reason)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
