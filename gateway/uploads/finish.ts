/**
 * Turning a fully received tus upload into a document on the child's record (issue 4 "The gateway"):
 * 1. the SHA-256 of the bytes must be the one the device declared, or the upload is thrown away and
 *    the device sends it again (a corrupted document must never reach the record). A sealed body
 *    (an item key on the row; open-sealed.ts) is first opened chunk by chunk, in place: a chunk
 *    that does not open is damage too, and everything after works on the opened file, whose size
 *    is the document's;
 * 2. the bytes must be a PDF, DOCX, JPEG or PNG by their magic bytes, or the item is refused for good;
 * 3. the file is linked into the content-addressed store (files/store.ts), then ONE transaction
 *    writes the document with its attribution, queues the social worker's notification and marks
 *    the outbox item received. The UNIQUE outbox_id on documents makes a second document impossible.
 * Idempotent and serialised per outbox id: the tus finish hook, a HEAD after a lost answer and the
 * status route may all ask, and all get the same outcome.
 */
import { randomUUID } from 'node:crypto';
import { appendGatewayEvent } from '../audit/chain.ts';
import { copyFile, link, mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore as UploadStore } from '@tus/file-store';
import type { Kysely, Transaction } from 'kysely';
import { originOf, type UploadOrigin } from '../../shared/api/uploads.ts';
import { documentType, filedConfidential } from '../../shared/domain/catalogue.ts';
import { ROLE_LABELS, Role } from '../../shared/domain/roles.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import type { FileStore } from '../files/store.ts';
import { recordHardCopy } from '../hard-copies/queries.ts';
import { enqueueGroupUploadNotices } from '../notify/group-notices.ts';
import { enqueueUploadNotice } from '../notify/queue.ts';
import { uploadChildIds } from '../../shared/api/uploads.ts';
import { currentGroupIdOf } from '../groups/current.ts';
import type { GroupTables } from '../groups/tables.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { sha256OfFile } from './checksum.ts';
import { syncFile, syncNewPath } from '../files/durable.ts';
import { detectFileType } from './file-type.ts';
import { verifiedOrigin } from './form-origin.ts';
import { openSealedBody } from './open-sealed.ts';
import {
  findOutboxUpload,
  forgetReceiving,
  markRejected,
  storedMetadata,
  type OutboxUpload,
} from './outbox-rows.ts';
import { withUploadTables, type UploadDatabase } from './tables.ts';

export type FinishOutcome =
  | { kind: 'received'; documentId: string }
  | { kind: 'checksum-mismatch'; message: string }
  | { kind: 'rejected'; reason: string }
  /** Bytes are still missing: nothing to do yet. */
  | { kind: 'incomplete'; offset: number; size: number }
  /** No such item, or its upload is gone: the device creates it again. */
  | { kind: 'unknown' };

export interface FinishDeps {
  db: Kysely<Database>;
  uploads: UploadStore;
  files: FileStore;
  clock: Clock;
  /** Called after a notice was queued, so the worker sends it now. */
  queued(): void;
}

const isCode = (error: unknown, code: string) =>
  error instanceof Error && 'code' in error && error.code === code;

/**
 * Puts the received file into the store under its hash without copying when the filesystem allows.
 * The same bytes already stored are kept (content addressing), but only while they still hash to
 * their name: a stored file changed since (damaged on the disk, or appended to through a name a
 * power cut left it; see openingOf) is replaced, never adopted for a new document.
 */
async function adoptIntoStore(files: FileStore, source: string, sha256: string): Promise<void> {
  const target = files.pathOf(sha256);
  const firstMade = await mkdir(path.dirname(target), { recursive: true });
  try {
    await link(source, target);
  } catch (error) {
    const stored = isCode(error, 'EEXIST');
    if (!stored && !isCode(error, 'EXDEV') && !isCode(error, 'EPERM')) throw error;
    if (stored && (await sha256OfFile(target).catch(() => null)) === sha256) return;
    const temporary = `${target}.${process.pid}.tmp`;
    await unlink(temporary).catch(() => undefined); // left by a stop midway
    // A second name where the filesystem allows one (it did not for EXDEV or EPERM), else a copy.
    const linked =
      stored &&
      (await link(source, temporary).then(
        () => true,
        () => false,
      ));
    if (!linked) {
      await copyFile(source, temporary);
      await syncFile(temporary);
    }
    await rename(temporary, target);
  }
  // The name too must survive a power cut before the record says the document is here.
  await syncNewPath(path.dirname(target), firstMade);
}

/**
 * Where a sealed body is opened (open-sealed.ts): beside its upload, under another name. Taken out
 * of tus's hands first, because opening it in place cuts it to its plain length, and tus would then
 * take it for an upload still receiving: a device could append to it, and once it is linked into
 * the store that would change a filed document. Under this name tus answers the item's PATCH and
 * HEAD 410, and the status route waits for the finish in hand. The rename is not synced on its own
 * (a directory sync per document: side by side, the drain ratio was 1.19 with it, 1.00 without):
 * journalling filesystems make it durable no later than the store's own synced link, and should a
 * power cut still leave the store's file under tus's name to be appended to, adoptIntoStore
 * replaces it.
 */
const openingOf = (file: string) => `${file}.opening`;

/** Forgets an upload's bytes and its tus record; `opening`: its body taken out to be opened. */
async function discardUpload(uploads: UploadStore, id: string, opening?: string) {
  if (opening !== undefined) await unlink(opening).catch(() => undefined);
  // tus's remove() gives up before the record when the bytes are gone (taken out to be opened).
  await uploads
    .remove(id)
    .catch(() => uploads.configstore.delete(id))
    .catch(() => undefined);
}

/** The one transaction: document, notification, outbox row. Returns the document id (new or existing). */
async function recordDocument(
  deps: FinishDeps,
  row: OutboxUpload,
  stored: { sha256: string; size: number; mimeType: string },
  origin: UploadOrigin,
) {
  const db = withUploadTables(deps.db);
  const meta = storedMetadata(row);
  const now = deps.clock();
  const markReceived = (trx: Transaction<UploadDatabase>, documentId: string) =>
    trx
      .updateTable('outbox_uploads')
      // The item key (a sealed body's) is kept only until the document is on the record.
      .set({ state: 'received', document_id: documentId, item_key: null, updated_at: now.toISOString() })
      .where('outbox_id', '=', meta.outboxId)
      .execute();
  // The copy on the child it was queued for: a group item's copies are all written in one
  // transaction, so finding this one means every member's copy exists.
  const existingDocument = (trx: Transaction<UploadDatabase>) =>
    trx
      .selectFrom('documents')
      .select('id')
      .where('outbox_id', '=', meta.outboxId)
      .where('child_id', '=', row.child_id)
      .executeTakeFirst();
  const write = db.transaction().execute(async (trx) => {
    const existing = await existingDocument(trx);
    if (existing) {
      await markReceived(trx, existing.id);
      return existing.id;
    }
    const staff = await trx
      .selectFrom('staff')
      .innerJoin('homes', 'homes.id', 'staff.home_id')
      .select(['staff.display_name', 'staff.role', 'homes.name as home_name'])
      .where('staff.id', '=', row.staff_id)
      .executeTakeFirstOrThrow();
    const role = Role.safeParse(staff.role);
    const uploader = {
      name: staff.display_name,
      role: role.success ? ROLE_LABELS[role.data] : String(staff.role),
      homeName: staff.home_name,
    };
    const author =
      meta.authorName !== undefined && meta.authorRole !== undefined
        ? { name: meta.authorName, role: meta.authorRole }
        : null;
    const type = documentType(meta.documentType);
    // A group item (issue 8) is filed once on each chosen member's record, with the group marker;
    // the UNIQUE (outbox_id, child_id) index makes a second copy on any one record impossible.
    const childIds = uploadChildIds(meta);
    const group =
      meta.groupChildIds === undefined
        ? null
        : await trx
            .selectFrom('children')
            // The first child's current group from the dated memberships (groups/current.ts).
            .select((eb) => currentGroupIdOf(eb, englandDate(now)).as('sibling_group_id'))
            .where('children.id', '=', row.child_id)
            .executeTakeFirst();
    const copies: { childId: string; documentId: string }[] = [];
    for (const childId of childIds) {
      const documentId = randomUUID();
      await trx
        .withTables<GroupTables>()
        .insertInto('documents')
        .values({
          id: documentId,
          child_id: childId,
          type: meta.documentType,
          title: meta.title,
          completed_on: meta.completedOn,
          // The catalogue's upload default (002 §4.3), not the type's "held as confidential" flag.
          confidential: filedConfidential(type) ? 1 : 0,
          file_sha256: stored.sha256,
          file_size: stored.size,
          mime_type: stored.mimeType,
          recorded_at: now.toISOString(),
          outbox_id: meta.outboxId,
          uploaded_by_staff_id: row.staff_id,
          uploader_name: uploader.name,
          uploader_role: uploader.role,
          author_name: author?.name ?? null,
          author_role: author?.role ?? null,
          sibling_group_id: group?.sibling_group_id ?? null,
          group_entry_id: group ? meta.outboxId : null,
        })
        .execute();
      copies.push({ childId, documentId });
      // 001: every upload is logged against the person, per child, in the same transaction.
      await appendGatewayEvent(
        trx,
        {
          staffId: row.staff_id,
          homeId: row.home_id,
          deviceId: row.device_id,
          action: 'upload',
          childId,
          detail: `${documentId} ${meta.documentType}${group ? ` group item ${meta.outboxId}` : ''}`,
        },
        now,
      );
    }
    const facts = {
      document: { typeLabel: type.label, title: meta.title, completedOn: meta.completedOn },
      uploader,
      author,
      recordedAt: now,
    };
    const [first] = copies;
    if (!first) throw new Error('an upload with no child');
    if (group) await enqueueGroupUploadNotices(trx, { ...facts, copies });
    else await enqueueUploadNotice(trx, { ...facts, documentId: first.documentId, childId: first.childId });
    const documentId = first.documentId;
    // 001 hard copies: in the same transaction, so every uploaded document has its hard-copy entry.
    // A group item is one paper document: it is marked once, on the first chosen child's copy.
    await recordHardCopy(trx, { documentId, homeId: row.home_id, origin, now });
    await markReceived(trx, documentId);
    return documentId;
  });
  try {
    return await write;
  } catch (error) {
    // Another writer stored this outbox item first (the UNIQUE index refused ours): theirs stands.
    const winner = await db.transaction().execute(async (trx) => {
      const existing = await existingDocument(trx);
      if (existing) await markReceived(trx, existing.id);
      return existing?.id;
    });
    if (winner === undefined) throw error;
    return winner;
  }
}

async function finish(deps: FinishDeps, outboxId: string): Promise<FinishOutcome> {
  const db = withUploadTables(deps.db);
  const row = await findOutboxUpload(db, outboxId);
  if (!row) return { kind: 'unknown' };
  if (row.state === 'received' && row.document_id) return { kind: 'received', documentId: row.document_id };
  if (row.state === 'rejected') return { kind: 'rejected', reason: row.reason ?? 'This file was refused.' };

  const upload = await deps.uploads.getUpload(outboxId).catch(() => null);
  const file = upload?.storage?.path;
  if (!upload || !file) {
    // The bytes are gone (expired or removed; or taken out to be opened when the gateway stopped,
    // and that half-opened body goes too): forget the item so the device can send it again.
    await discardUpload(deps.uploads, outboxId, openingOf(path.join(deps.uploads.directory, outboxId)));
    await forgetReceiving(db, outboxId);
    return { kind: 'unknown' };
  }
  if (upload.size === undefined || upload.offset < upload.size) {
    return { kind: 'incomplete', offset: upload.offset, size: upload.size ?? row.size };
  }
  if (row.item_key === null) return verifyAndRecord(deps, row, { file, size: upload.offset });

  const opening = openingOf(file);
  try {
    await rename(file, opening);
    return await verifyAndRecord(deps, row, { file: opening, size: upload.offset }, opening);
  } catch (error) {
    // Opened in part, it is no longer what the device sent, and never to be resumed. Thrown away,
    // so the device's next try starts the item from zero.
    await discardUpload(deps.uploads, outboxId, opening);
    await forgetReceiving(db, outboxId);
    throw error;
  }
}

const damaged = (why: string): FinishOutcome => ({
  kind: 'checksum-mismatch',
  message: `The file arrived damaged (${why}). It has been discarded: send it again.`,
});

/**
 * The received file whole: checked, typed, stored and recorded (steps 1 to 3 above). `opening`: a
 * sealed body's name while it is opened (openingOf), gone with the upload.
 */
async function verifyAndRecord(
  deps: FinishDeps,
  row: OutboxUpload,
  body: { file: string; size: number },
  opening?: string,
): Promise<FinishOutcome> {
  const db = withUploadTables(deps.db);
  const outboxId = row.outbox_id;
  const meta = storedMetadata(row);
  const discard = () => discardUpload(deps.uploads, outboxId, opening);
  const plain = await plainBytesOf(row, body);
  if (!plain.ok) {
    await discard();
    await forgetReceiving(db, outboxId);
    return damaged(plain.why);
  }
  const { file, sha256 } = plain;
  if (sha256 !== meta.sha256) {
    await discard();
    await forgetReceiving(db, outboxId);
    return damaged(`its SHA-256 is ${sha256}, the device said ${meta.sha256}`);
  }
  const verdict = await detectFileType(file, plain.head);
  if (!verdict.ok) {
    // Nothing refused is kept on the gateway: not a renamed program, not a web page.
    await markRejected(db, outboxId, verdict.reason, deps.clock());
    await discard();
    return { kind: 'rejected', reason: verdict.reason };
  }
  await adoptIntoStore(deps.files, file, sha256);
  // The document's size is the plain file's, also when it travelled sealed.
  const stored = { sha256, size: plain.size, mimeType: verdict.mimeType };
  // "Written in Hearth, no hard copy" only when the PDF itself says so (form-origin.ts).
  const origin = await verifiedOrigin(deps.files, stored, originOf(meta));
  const documentId = await recordDocument(deps, row, stored, origin);
  deps.queued();
  // The upload's bytes now live in the store; a HEAD for this item is answered from the outbox row.
  await discard();
  return { kind: 'received', documentId };
}

/**
 * The plain file with its SHA-256 and size: the body itself, or for a sealed body (an item key on
 * the row) the body with its chunks opened in place (open-sealed.ts).
 */
async function plainBytesOf(
  row: OutboxUpload,
  body: { file: string; size: number },
): Promise<
  { ok: true; file: string; sha256: string; size: number; head?: Uint8Array } | { ok: false; why: string }
> {
  if (row.item_key === null) {
    // tus wrote it without syncing; it becomes the stored document as it is (adoptIntoStore links it).
    const sha256 = await sha256OfFile(body.file);
    await syncFile(body.file);
    return { ok: true, ...body, sha256 };
  }
  const opened = await openSealedBody({
    file: body.file,
    outboxId: row.outbox_id,
    itemKey: row.item_key,
    sealedSize: body.size,
  });
  return opened.ok ? { ...opened, file: body.file } : opened;
}

export function createFinisher(deps: FinishDeps): (outboxId: string) => Promise<FinishOutcome> {
  const inFlight = new Map<string, Promise<FinishOutcome>>();
  return (outboxId) => {
    const running = inFlight.get(outboxId);
    if (running) return running;
    const job = finish(deps, outboxId).finally(() => inFlight.delete(outboxId));
    inFlight.set(outboxId, job);
    return job;
  };
}
