/**
 * The tus server (@tus/server with @tus/file-store) behind UPLOADS_PATH. Partial uploads live under
 * `{dataDir}/uploads-in-progress` until finished; then finish.ts moves them into the document store.
 * - The upload id IS the outbox id (namingFunction), so a repeated create for one outbox item can
 *   never become a second upload, and the device can find its upload again from its own id.
 * - onUploadCreate runs create-check.ts and records the item; onUploadFinish runs finish.ts.
 * - Refusals are thrown as TusRefusal, whose `status_code` and `body` @tus/server sends; the body is
 *   an ApiError as JSON, like every other gateway error. A checksum mismatch answers 460 (the tus
 *   checksum extension's "Checksum Mismatch"), a refused file type 415, so the device can tell
 *   "send again" from "refused for good".
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FileStore as TusFileStore } from '@tus/file-store';
import { Server, Upload, type ServerOptions } from '@tus/server';
import type { Kysely } from 'kysely';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import {
  CHECKSUM_MISMATCH_STATUS,
  MAX_UPLOAD_BYTES,
  TYPE_REFUSED_STATUS,
  UPLOAD_STATUS_HEADER,
  UPLOADS_PATH,
} from '../../shared/api/uploads.ts';
import type { ApiErrorCode } from '../../shared/api/errors.ts';
import type { SignedInPerson } from '../auth/bearer.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { apiError } from '../http/errors.ts';
import {
  NOT_FOUND_CHILD,
  checkBodySize,
  checkExisting,
  checkTitle,
  checkUploaderRole,
  parseUploadMetadata,
  type Refusal,
} from './create-check.ts';
import type { FinishOutcome } from './finish.ts';
import { checkGroupUpload } from './group-check.ts';
import { childForQueuedItem } from './queued-placement.ts';
import {
  findOutboxUpload,
  forgetReceiving,
  insertReceiving,
  reclaimAbandoned,
  splitItemKey,
} from './outbox-rows.ts';
import { receivedStatus } from './status.ts';
import { withUploadTables, type UploadDatabase } from './tables.ts';
import { proofHolds, type ItemCarrier } from './upload-keys.ts';

export const UPLOADS_FOLDER = 'uploads-in-progress';
export const NOT_AS_QUEUED =
  'This document is not as the person who queued it signed it on their computer, so it cannot be filed in their name.';

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0];

/** An answer @tus/server sends as it is: `status_code` and `body` are the names it reads. */
export class TusRefusal extends Error {
  status_code: number;
  body: string;
  constructor(status: number, error: ApiErrorCode, message: string) {
    super(message);
    this.status_code = status;
    this.body = JSON.stringify(apiError(error, message));
  }
}

const refusalOf = (refusal: Refusal) => new TusRefusal(refusal.status, refusal.error, refusal.message);

/**
 * How long an unfinished upload is kept. A home can be offline for days; after this the device's
 * HEAD answers 410 and it starts the item again from zero (the item itself is never lost: it is on
 * the device until received).
 */
export const UNFINISHED_UPLOAD_MS = 14 * 24 * 60 * 60 * 1000;

/** Where partial uploads wait: `{dataDir}/uploads-in-progress`, one file and one `.json` per upload. */
export function openUploadStore(dataDir: string): TusFileStore {
  const directory = path.join(dataDir, UPLOADS_FOLDER);
  // Made now, not left to the store's own asynchronous mkdir, so the first sweep finds it.
  mkdirSync(directory, { recursive: true });
  return new TusFileStore({ directory, expirationPeriodInMilliseconds: UNFINISHED_UPLOAD_MS });
}

/** The document is recorded whatever happens here: a failure only leaves the device to ask for it. */
const receivedHeaders = (db: Kysely<UploadDatabase>, outboxId: string, documentId: string) =>
  receivedStatus(db, outboxId, documentId).then(
    (status) => ({ [UPLOAD_STATUS_HEADER]: encodeURIComponent(JSON.stringify(status)) }),
    () => ({}),
  );

export interface TusDeps {
  db: Kysely<Database>;
  datastore: TusFileStore;
  allowedOrigins: readonly string[];
  clock: Clock;
  /** HEARTH_OFFLINE_DAYS: how long after a child leaves an item queued before is still taken. */
  offlineDays: number;
  /** The signed-in person routes/uploads.ts resolved for this request (by its Node request). */
  personOf(request: TusRequest): SignedInPerson | undefined;
  /** When the request came with an item credential instead of a session (upload-keys.ts). */
  carrierOf(request: TusRequest): ItemCarrier | undefined;
  finish(outboxId: string): Promise<FinishOutcome>;
  /** Writes a refusal to the audit (001: every upload attempt is logged against the person). */
  refused(person: SignedInPerson, childId: string | null, detail: string): Promise<void>;
  log: { error(obj: object, msg: string): void };
}

export function createTusServer(deps: TusDeps): Server {
  const db = withUploadTables(deps.db);
  const { datastore } = deps;
  // Live: held and not past its time. An expired upload answers 410 to the device's HEAD, so the
  // device creates again; that create must be able to take the item over before the next sweep.
  // (System time, as @tus/server itself judges expiry by it.)
  const uploadLive = (id: string) =>
    datastore.getUpload(id).then(
      (upload) => Date.parse(upload.creation_date ?? '') + UNFINISHED_UPLOAD_MS > Date.now(),
      () => false,
    );

  // A create that carried every byte (tus creation-with-upload, how the device sends a small
  // document in one request) is finished inside that create: finish.ts has already moved the bytes
  // into the store when @tus/server reads the upload once more, to decide on Upload-Expires, and it
  // would answer the filed document with 404. For that one read the upload is what it was: whole.
  const justFiled = new Map<string, Upload>();
  const readUpload = datastore.getUpload.bind(datastore);
  datastore.getUpload = async (id: string) => {
    const filed = justFiled.get(id);
    if (!filed) return readUpload(id);
    justFiled.delete(id);
    return filed;
  };

  const server = new Server({
    path: UPLOADS_PATH,
    datastore,
    // tus refuses a longer Upload-Length before our checks run: allow the largest file's sealed body
    // (shared/api/sealed-upload.ts); checkBodySize then holds each file to MAX_UPLOAD_BYTES.
    maxSize: sealedSizeOf(MAX_UPLOAD_BYTES),
    // tus-js-client resolves a relative Location against the endpoint it called, so the upload URL
    // is right behind a reverse proxy or the test proxy, whatever scheme and host the gateway sees.
    relativeLocation: true,
    allowedOrigins: [...deps.allowedOrigins],
    exposedHeaders: [UPLOAD_STATUS_HEADER],
    // A document on the record cannot be withdrawn by deleting its upload.
    disableTerminationForFinishedUploads: true,
    namingFunction: (_request, metadata) => {
      const check = parseUploadMetadata(metadata);
      if (!check.ok) throw refusalOf(check.refusal);
      return check.metadata.outboxId;
    },
    async onUploadCreate(request, upload) {
      const person = deps.personOf(request);
      if (!person) throw new TusRefusal(401, 'unauthorized', 'You are not signed in.');
      const parsed = parseUploadMetadata(upload.metadata);
      if (!parsed.ok) throw refusalOf(parsed.refusal);
      const meta = parsed.metadata;
      // Issue 4 / 000: carried without a session, the item must be exactly what its uploader signed;
      // carried by a session, it is filed in that person's name, so it must be theirs.
      const carrier = deps.carrierOf(request);
      const notTheirs = carrier
        ? !proofHolds(carrier, meta)
        : meta.uploaderStaffId !== undefined && meta.uploaderStaffId !== person.staffId;
      if (notTheirs) {
        await deps.refused(person, null, `upload: item ${meta.outboxId} is not as its uploader queued it`);
        throw new TusRefusal(403, 'forbidden', NOT_AS_QUEUED);
      }
      const wrongRole = checkUploaderRole(meta, person.role);
      if (wrongRole) {
        await deps.refused(person, null, `upload: role may not upload ${meta.documentType}`);
        throw refusalOf(wrongRole);
      }
      // A sealed body (issue 4) is judged by the plain file it seals.
      const tooBig = checkBodySize(upload.size, meta.itemKey !== undefined);
      if (tooBig) throw refusalOf(tooBig);
      // Judged at the time the item was queued too: a child who left since still gets it (003).
      const window = { now: deps.clock(), queuedAt: meta.queuedAt, offlineDays: deps.offlineDays };
      const found = await childForQueuedItem(deps.db, person.homeId, meta.childId, window);
      if (!found.ok) {
        const why = found.refusal === NOT_FOUND_CHILD ? 'child not in your home' : 'child has left your home';
        await deps.refused(person, null, `upload: ${why}: ${meta.childId}`);
        throw refusalOf(found.refusal);
      }
      const child = found.child;
      // A group item (issue 8) is checked member by member, and named after the group.
      const badGroup = await checkGroupUpload(deps.db, person.homeId, window, meta);
      if (badGroup) {
        if (badGroup.status !== 400)
          await deps.refused(
            person,
            null,
            `upload: group member not in your home: ${meta.groupChildIds ?? ''}`,
          );
        throw refusalOf(badGroup);
      }
      const badTitle = meta.groupChildIds === undefined ? checkTitle(meta, child) : null;
      if (badTitle) throw refusalOf(badTitle);
      const existing = await findOutboxUpload(db, meta.outboxId);
      const now = deps.clock();
      const live = existing?.state === 'receiving' && (await uploadLive(meta.outboxId));
      const duplicate = checkExisting(existing, person.homeId, live, now);
      if (duplicate) throw refusalOf(duplicate);
      // The item key is kept only in outbox_uploads.item_key, until the document is on the record.
      const { metadata, itemKey } = splitItemKey(meta);
      const record = {
        metadata,
        itemKey,
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        size: upload.size ?? 0,
        now,
      };
      const recorded = existing
        ? await reclaimAbandoned(db, existing, record)
        : await insertReceiving(db, record);
      // Another create for the same outbox id got there first.
      if (!recorded) throw new TusRefusal(409, 'conflict', 'This item is already being received: resume it.');
      // @tus/server writes the metadata it is given back into the upload's `.json` beside the bytes:
      // without the key, which must not outlive the document's arrival on disk.
      const keyless = Object.entries(upload.metadata ?? {}).filter(([name]) => name !== 'itemKey');
      return { metadata: Object.fromEntries(keyless) };
    },
    async onUploadFinish(request, upload) {
      const outcome = await deps.finish(upload.id);
      switch (outcome.kind) {
        case 'received':
          if (request.method === 'POST')
            justFiled.set(upload.id, new Upload({ ...upload, offset: upload.size ?? 0 }));
          // The status rides on the 204, so the device need not ask for it (UPLOAD_STATUS_HEADER).
          return { headers: await receivedHeaders(db, upload.id, outcome.documentId) };
        case 'checksum-mismatch':
          throw new TusRefusal(CHECKSUM_MISMATCH_STATUS, 'conflict', outcome.message);
        case 'rejected':
          throw new TusRefusal(TYPE_REFUSED_STATUS, 'bad-request', outcome.reason);
        default:
          throw new TusRefusal(
            409,
            'conflict',
            'The upload is not complete on the gateway: ask where it stands and resume it.',
          );
      }
    },
    onResponseError(_request, error) {
      if (error instanceof TusRefusal || !(error instanceof Error)) return undefined;
      // An unexpected fault: log it whole, answer in general terms (no stack or SQL to the client).
      deps.log.error({ err: error }, 'upload request failed');
      return {
        status_code: 500,
        body: JSON.stringify(
          apiError(
            'internal',
            'The gateway could not complete this upload request. The error has been logged.',
          ),
        ),
      };
    },
  });
  // Whatever the create's answer was, the filed upload is read from the store again after it.
  server.on(
    'POST_FINISH',
    (_request: unknown, _response: unknown, upload: Upload) => void justFiled.delete(upload.id),
  );
  // A cancelled upload is forgotten, so the device may queue the item again.
  server.on(
    'POST_TERMINATE',
    (_request: unknown, _response: unknown, id: string) => void forgetReceiving(db, id),
  );
  return server;
}
