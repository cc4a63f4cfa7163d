/**
 * The notices for a GROUP upload (issue 8): one document was filed on several members' records,
 * and each allocated social worker (or, for children with none, each team's duty inbox, 001) is
 * told ONCE, in one notice naming all of their children it concerns. Written in the caller's
 * transaction, with the documents, as queue.ts does for a single upload. The notice refers to the
 * document on the first of the recipient's children in the order given (the uploaded-for child
 * first), so the upload's status shows the notice about the child it was queued for.
 */
import type { Transaction } from 'kysely';
import type { UploadDatabase } from '../uploads/tables.ts';
import { composeNotice } from './message.ts';
import { insertPendingNotice, type UploadNoticeInput } from './queue.ts';

export interface GroupNoticeInput extends Omit<UploadNoticeInput, 'documentId' | 'childId'> {
  /** Each member's copy, the child it was queued for first. */
  copies: { childId: string; documentId: string }[];
}

export async function enqueueGroupUploadNotices(
  trx: Transaction<UploadDatabase>,
  input: GroupNoticeInput,
): Promise<void> {
  const rows = await trx
    .selectFrom('children')
    .innerJoin('teams', 'teams.id', 'children.team_id')
    .leftJoin('social_workers', 'social_workers.id', 'children.social_worker_id')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.mosaic_id',
      'children.team_id',
    ])
    .select(['teams.name as team_name', 'teams.duty_inbox_email'])
    .select([
      'social_workers.id as sw_id',
      'social_workers.name as sw_name',
      'social_workers.email as sw_email',
    ])
    .where(
      'children.id',
      'in',
      input.copies.map((c) => c.childId),
    )
    .execute();
  // One recipient per allocated worker, or per team's duty inbox; in the order of the copies.
  const byRecipient = new Map<string, { row: (typeof rows)[number]; copies: typeof input.copies }>();
  for (const copy of input.copies) {
    const row = rows.find((r) => r.id === copy.childId);
    if (!row) throw new Error(`no child ${copy.childId} for a group notice`);
    const key = row.sw_id !== null ? `worker:${row.sw_id}` : `duty:${row.team_id}`;
    const entry = byRecipient.get(key) ?? { row, copies: [] };
    entry.copies.push(copy);
    byRecipient.set(key, entry);
  }
  for (const { row, copies } of byRecipient.values()) {
    const children = copies.map((c) => {
      const child = rows.find((r) => r.id === c.childId);
      return {
        firstName: child?.first_name ?? '',
        lastName: child?.last_name ?? '',
        mosaicId: child?.mosaic_id ?? '',
      };
    });
    const [first, ...others] = children;
    const firstCopy = copies[0];
    if (!first || !firstCopy) continue;
    const worker =
      row.sw_id !== null && row.sw_name !== null && row.sw_email !== null
        ? { id: row.sw_id, name: row.sw_name, email: row.sw_email }
        : null;
    const notice = composeNotice({
      recipient: worker
        ? { kind: 'social-worker', name: worker.name }
        : { kind: 'duty-inbox', teamName: row.team_name },
      child: first,
      alsoFor: others,
      document: input.document,
      uploader: input.uploader,
      author: input.author,
      recordedAt: input.recordedAt,
    });
    await insertPendingNotice(trx, {
      documentId: firstCopy.documentId,
      childId: firstCopy.childId,
      worker,
      team: { id: row.team_id, name: row.team_name, dutyInboxEmail: row.duty_inbox_email },
      notice,
      at: input.recordedAt,
      told: copies,
    });
  }
}
