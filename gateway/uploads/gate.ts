/**
 * What the gateway answers itself, before @tus/server, for a request on an existing upload
 * (`HEAD`/`PATCH`/`DELETE {UPLOADS_PATH}/{outboxId}`):
 * - another home's upload, or one for a child who may no longer receive it (queued-placement.ts: not
 *   placed in the person's home today nor when the item was queued, or left too long ago): 404, as for
 *   an id never sent (DOMAIN.md: any other child does not exist for them); the device then creates
 *   it again and hears the reason in words;
 * - an item already on the record: HEAD says "complete" (Upload-Offset = Upload-Length), so a device
 *   whose final answer was lost resumes straight to success and never sends a byte again; PATCH and
 *   DELETE answer 409;
 * - an item refused for good: 415 with the reason;
 * - a HEAD on an item whose bytes are all in but not yet recorded (the gateway stopped in between):
 *   finishes it first, so "complete" is only ever said of a document that exists.
 * Anything else is left to @tus/server (null).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ApiError } from '../../shared/api/errors.ts';
import { CHECKSUM_MISMATCH_STATUS, TYPE_REFUSED_STATUS } from '../../shared/api/uploads.ts';
import type { Database } from '../db/schema.ts';
import { apiError } from '../http/errors.ts';
import type { FinishOutcome } from './finish.ts';
import { findOutboxUpload, storedMetadata } from './outbox-rows.ts';
import { childForQueuedItem } from './queued-placement.ts';
import { withUploadTables } from './tables.ts';

export interface GateAnswer {
  status: number;
  headers: Record<string, string>;
  /** Omitted for HEAD, which has no body. */
  body?: ApiError;
}

export interface GateDeps {
  db: Kysely<Database>;
  finish(outboxId: string): Promise<FinishOutcome>;
  uploadComplete(outboxId: string): Promise<boolean>;
}

export const NO_SUCH_UPLOAD = 'There is no upload with this id for your home.';

const OutboxId = z.uuid();

const complete = (size: number): GateAnswer => ({
  status: 200,
  headers: { 'upload-offset': String(size), 'upload-length': String(size), 'cache-control': 'no-store' },
});

const refuse = (status: number, body: ApiError): GateAnswer => ({ status, headers: {}, body });

export async function gateExistingUpload(
  deps: GateDeps,
  request: { method: string; uploadId: unknown; homeId: string; now: Date; offlineDays: number },
): Promise<GateAnswer | null> {
  const id = OutboxId.safeParse(request.uploadId);
  const notFound = refuse(404, apiError('not-found', NO_SUCH_UPLOAD));
  if (!id.success) return notFound;
  const row = await findOutboxUpload(withUploadTables(deps.db), id.data);
  if (!row || row.home_id !== request.homeId) return notFound;
  const { queuedAt } = storedMetadata(row);
  const window = { now: request.now, queuedAt, offlineDays: request.offlineDays };
  if (!(await childForQueuedItem(deps.db, request.homeId, row.child_id, window)).ok) return notFound;

  const head = request.method === 'HEAD';
  if (row.state === 'received') {
    if (head) return complete(row.size);
    return refuse(
      409,
      apiError('conflict', "This item is already on the child's record: it cannot be changed or cancelled."),
    );
  }
  if (row.state === 'rejected') {
    return refuse(TYPE_REFUSED_STATUS, apiError('bad-request', row.reason ?? 'This file was refused.'));
  }
  if (!head || !(await deps.uploadComplete(id.data))) return null;
  const outcome = await deps.finish(id.data);
  switch (outcome.kind) {
    case 'received':
      return complete(row.size);
    case 'rejected':
      return refuse(TYPE_REFUSED_STATUS, apiError('bad-request', outcome.reason));
    case 'checksum-mismatch':
      return refuse(CHECKSUM_MISMATCH_STATUS, apiError('conflict', outcome.message));
    default:
      return null;
  }
}
