/**
 * Sealed upload bodies (issue 4, bench sync.drain_vs_bare_tus; shared/api/sealed-upload.ts): the
 * device sends a queued document as the AES-256-GCM chunks it keeps it in, with the item's key in
 * the create. Over real HTTP with the real tus-js-client and a real SQLite file: the gateway opens
 * the chunks and files the PLAIN document the device hashed (guidance 001: a damaged document must
 * never reach the record), keeps the key only in outbox_uploads.item_key and only until the item is
 * settled, answers damage like a checksum mismatch, and holds the 50 MB limit to the plain file.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SEALED_CHUNK_PLAIN_BYTES,
  SEALED_IV_BYTES,
  sealedChunkAt,
  sealedSizeOf,
} from '../../shared/api/sealed-upload.ts';
import {
  CHECKSUM_MISMATCH_STATUS,
  MAX_UPLOAD_BYTES,
  TYPE_REFUSED_STATUS,
  UPLOADS_PATH,
  UploadStatus,
  type UploadMetadata,
} from '../../shared/api/uploads.ts';
import { openFileStore } from '../files/store.ts';
import { signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { sampleHtml, samplePdf, samplePng, sha256 } from './testing/files.ts';
import { outboxStatus, startUploadGateway, uploadFilesOf, type UploadGateway } from './testing/gateway.ts';
import { sealedItem } from './testing/sealed-body.ts';
import { createUpload, metadataFor, sendUpload } from './testing/tus-client.ts';
import { UPLOADS_FOLDER } from './tus.ts';

const temp = tempFolder('sealed-upload');
let gateway: UploadGateway;
let token: string;

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  token = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const status = (outboxId: string) => outboxStatus(gateway, token, outboxId);

const outboxRow = (outboxId: string) =>
  gateway.db.selectFrom('outbox_uploads').selectAll().where('outbox_id', '=', outboxId).executeTakeFirst();

const documentsFor = (outboxId: string) =>
  gateway.db
    .selectFrom('documents')
    .select(['id', 'file_sha256', 'file_size'])
    .where('outbox_id', '=', outboxId)
    .execute();

const filesOf = (outboxId: string) => uploadFilesOf(gateway, outboxId);

const send = (bytes: Buffer, metadata: UploadMetadata) =>
  sendUpload({ base: gateway.url, token, bytes, metadata });

describe('issue 4: a sealed body is opened by the gateway and the plain document filed (001)', () => {
  it('issue 4 / 001: a sealed PDF sent in several PATCHes, one cut mid-chunk, is on the record as its plain bytes, once', async () => {
    const pdf = await samplePdf('Leo Hartley incident form, sealed', 2.5 * SEALED_CHUNK_PLAIN_BYTES);
    const item = sealedItem(pdf);
    const id = item.meta.outboxId;
    const created = await createUpload({
      base: gateway.url,
      token,
      metadata: item.meta,
      length: item.body.length,
    });
    expect(created.status).toBe(201);

    // The key is kept in its own column only: not in the row's metadata, not in the tus `.json`.
    const receiving = await outboxRow(id);
    expect(receiving?.item_key).toBe(item.itemKey);
    expect(JSON.parse(receiving?.metadata ?? '{}')).not.toHaveProperty('itemKey');
    expect(receiving?.metadata).not.toContain(item.itemKey);
    const tusJson = readFileSync(path.join(gateway.dataDir, UPLOADS_FOLDER, `${id}.json`), 'utf8');
    expect(tusJson).not.toContain('itemKey');
    expect(tusJson).not.toContain(item.itemKey);
    expect(tusJson).not.toContain(Buffer.from(item.itemKey).toString('base64'));
    // The device resumes by sealed bytes: that is what the status counts.
    expect(await status(id)).toMatchObject({ state: 'receiving', offset: 0, length: item.body.length });

    const offsets: number[] = [];
    const sent = await sendUpload({
      base: gateway.url,
      token,
      bytes: item.body,
      metadata: item.meta,
      uploadUrl: created.uploadUrl,
      chunkSize: 700 * 1024,
      onBeforeRequest: (request) => {
        if (request.getMethod() === 'PATCH') offsets.push(Number(request.getHeader('Upload-Offset')));
      },
    });
    if (!sent.ok) throw new Error(sent.body || sent.message);
    expect(offsets.length).toBeGreaterThanOrEqual(4);
    const second = sealedChunkAt(pdf.length, 1);
    expect(offsets.some((offset) => offset > second.start && offset < second.end)).toBe(true);
    const carried = UploadStatus.parse(JSON.parse(decodeURIComponent(sent.uploadStatus ?? '')));
    expect(carried).toMatchObject({ state: 'received', sha256: sha256(pdf) });

    const [document, ...more] = await documentsFor(id);
    expect(more).toEqual([]);
    expect(document).toMatchObject({ file_sha256: sha256(pdf), file_size: pdf.length });
    const stored = readFileSync(openFileStore(gateway.dataDir).pathOf(sha256(pdf)));
    expect(sha256(stored)).toBe(sha256(pdf));
    const notices = await gateway.db
      .selectFrom('notifications')
      .select('id')
      .where('document_id', '=', document?.id ?? '-')
      .execute();
    expect(notices).toHaveLength(1);
    // On the record: the key is forgotten, and nothing of the upload is left beside the store.
    expect(await outboxRow(id)).toMatchObject({ state: 'received', item_key: null });
    expect(filesOf(id)).toEqual([]);
  });

  it('issue 4: a sealed PNG in one PATCH; a HEAD after receipt says complete in sealed bytes', async () => {
    const png = samplePng();
    const item = sealedItem(png, {
      documentType: 'incident-significant',
      title: 'Leo Hartley - Body map - 19/11/2026',
      completedOn: '2026-11-19',
      fileName: 'body-map.png',
      mimeType: 'image/png',
    });
    expect(await send(item.body, item.meta)).toMatchObject({ ok: true });
    expect(await documentsFor(item.meta.outboxId)).toEqual([
      { id: expect.any(String), file_sha256: sha256(png), file_size: png.length },
    ]);
    const head = await fetch(`${gateway.url}${UPLOADS_PATH}/${item.meta.outboxId}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(item.body.length));
    expect(head.headers.get('upload-length')).toBe(String(item.body.length));
  });

  it('issue 4: a small document whose create carries every byte is filed in that one request, and answered 201 with its status', async () => {
    const pdf = await samplePdf('Keyworker report, in one request');
    const item = sealedItem(pdf);
    const requests: string[] = [];
    const sent = await sendUpload({
      base: gateway.url,
      token,
      bytes: item.body,
      metadata: item.meta,
      withCreate: true,
      onBeforeRequest: (request) => void requests.push(request.getMethod()),
    });
    // Not the 404 @tus/server gave when it looked for the upload the finish had just filed.
    expect(sent).toMatchObject({ ok: true, status: 201 });
    expect(requests).toEqual(['POST']);
    if (!sent.ok) return;
    expect(UploadStatus.parse(JSON.parse(decodeURIComponent(sent.uploadStatus ?? '')))).toMatchObject({
      state: 'received',
    });
    expect(await documentsFor(item.meta.outboxId)).toEqual([
      { id: expect.any(String), file_sha256: sha256(pdf), file_size: pdf.length },
    ]);
    expect(filesOf(item.meta.outboxId)).toEqual([]);
    // Asked again (its answer lost on the way): the same document, nothing new.
    expect(await status(item.meta.outboxId)).toMatchObject({ state: 'received' });
  });

  it('issue 4 / 001: one flipped byte is damage: 460, nothing recorded; the same outbox id is then sent again and received', async () => {
    const pdf = await samplePdf('Regulation 40 notification, sealed');
    const item = sealedItem(pdf, { documentType: 'regulation-40-notification' });
    const flipped = Buffer.from(item.body);
    flipped[SEALED_IV_BYTES + 100] = (flipped[SEALED_IV_BYTES + 100] ?? 0) ^ 0x01;
    const refused = await send(flipped, item.meta);
    expect(refused).toMatchObject({ ok: false, status: CHECKSUM_MISMATCH_STATUS });
    expect(refused.ok ? '' : refused.body).toMatch(/arrived damaged/);
    expect(await documentsFor(item.meta.outboxId)).toEqual([]);
    expect(await outboxRow(item.meta.outboxId)).toBeUndefined();
    expect(await status(item.meta.outboxId)).toEqual({ state: 'unknown', outboxId: item.meta.outboxId });
    expect(filesOf(item.meta.outboxId)).toEqual([]);

    expect(await send(item.body, item.meta)).toMatchObject({ ok: true });
    expect(await documentsFor(item.meta.outboxId)).toEqual([
      { id: expect.any(String), file_sha256: sha256(pdf), file_size: pdf.length },
    ]);
  });

  it('issue 4: a body sealed under another key is damage too: 460, nothing recorded', async () => {
    const pdf = await samplePdf('Wrong key');
    const item = sealedItem(pdf);
    const wrongKey = randomBytes(32).toString('base64url');
    const refused = await send(item.body, { ...item.meta, itemKey: wrongKey });
    expect(refused).toMatchObject({ ok: false, status: CHECKSUM_MISMATCH_STATUS });
    // Refused for not opening, before any plain byte was hashed.
    expect(refused.ok ? '' : refused.body).toMatch(/arrived damaged \(chunk 0 of 1 does not open\)/);
    expect(await documentsFor(item.meta.outboxId)).toEqual([]);
    expect(await outboxRow(item.meta.outboxId)).toBeUndefined();
    expect(filesOf(item.meta.outboxId)).toEqual([]);
  });

  it('issue 4 / 001: damage in the third of four chunks, found after two were opened in place, is 460; the body is thrown away and the item sent again is received', async () => {
    const pdf = await samplePdf('Keyworker report, sealed, damaged late', 3.5 * SEALED_CHUNK_PLAIN_BYTES);
    const item = sealedItem(pdf, { documentType: 'keyworker-monthly-report' });
    const damaged = Buffer.from(item.body);
    const third = sealedChunkAt(pdf.length, 2);
    damaged[third.end - 1] = (damaged[third.end - 1] ?? 0) ^ 0x80; // its tag's last byte
    const refused = await send(damaged, item.meta);
    expect(refused).toMatchObject({ ok: false, status: CHECKSUM_MISMATCH_STATUS });
    expect(refused.ok ? '' : refused.body).toMatch(/arrived damaged \(chunk 2 of 4 does not open\)/);
    expect(await documentsFor(item.meta.outboxId)).toEqual([]);
    // Half opened, it is neither kept nor resumable: the device starts again from zero.
    expect(filesOf(item.meta.outboxId)).toEqual([]);
    expect(await status(item.meta.outboxId)).toEqual({ state: 'unknown', outboxId: item.meta.outboxId });

    expect(await send(item.body, item.meta)).toMatchObject({ ok: true });
    const [stored] = await documentsFor(item.meta.outboxId);
    expect(stored).toEqual({ id: expect.any(String), file_sha256: sha256(pdf), file_size: pdf.length });
    expect(readFileSync(openFileStore(gateway.dataDir).pathOf(sha256(pdf))).equals(pdf)).toBe(true);
  });

  it('issue 4 / 001: a sealed file refused for its type (a web page named .pdf) is rejected for good and its key forgotten', async () => {
    const item = sealedItem(sampleHtml());
    expect(await send(item.body, item.meta)).toMatchObject({ ok: false, status: TYPE_REFUSED_STATUS });
    expect(await outboxRow(item.meta.outboxId)).toMatchObject({ state: 'rejected', item_key: null });
    expect(await documentsFor(item.meta.outboxId)).toEqual([]);
    expect(filesOf(item.meta.outboxId)).toEqual([]);
  });
});

describe('issue 4: a sealed create is sized by the plain file it seals (001: 50 MB at most)', () => {
  const create = (metadata: UploadMetadata, length: number) =>
    createUpload({ base: gateway.url, token, metadata, length });

  it('issue 4: a sealed Upload-Length that no file seals to is refused with 400, before anything is recorded', async () => {
    const item = sealedItem(await samplePdf('Odd length'));
    // Between one full chunk and two: too long for one chunk, too short for a second one.
    const answer = await create(item.meta, SEALED_CHUNK_PLAIN_BYTES + 40);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/sealed/);
    expect(await outboxRow(item.meta.outboxId)).toBeUndefined();
    expect(filesOf(item.meta.outboxId)).toEqual([]);
  });

  it('001: a sealed file over 50 MB plain is refused (413) like a plain one; exactly 50 MB plain is taken', async () => {
    const pdf = await samplePdf('Size only');
    const over = sealedItem(pdf);
    expect((await create(over.meta, sealedSizeOf(MAX_UPLOAD_BYTES + 1))).status).toBe(413);
    expect(await outboxRow(over.meta.outboxId)).toBeUndefined();
    // The limit is the plain file's: a plain body as long as the largest sealed one is too big...
    const plain = metadataFor(pdf, 'child-leo-hartley');
    expect((await create(plain, sealedSizeOf(MAX_UPLOAD_BYTES))).status).toBe(413);
    expect((await create(plain, MAX_UPLOAD_BYTES + 1)).status).toBe(413);
    expect(await outboxRow(plain.outboxId)).toBeUndefined();
    // ...and the largest sealed body is not.
    const largest = sealedItem(pdf);
    expect((await create(largest.meta, sealedSizeOf(MAX_UPLOAD_BYTES))).status).toBe(201);
  });

  it('001: a plain body (no item key: a device from before sealed bodies) is received as before', async () => {
    const pdf = await samplePdf('Plain, as before');
    const meta = metadataFor(pdf, 'child-leo-hartley');
    expect(
      await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta, chunkSize: 4096 }),
    ).toMatchObject({ ok: true });
    expect(await documentsFor(meta.outboxId)).toEqual([
      { id: expect.any(String), file_sha256: sha256(pdf), file_size: pdf.length },
    ]);
    expect(await outboxRow(meta.outboxId)).toMatchObject({ state: 'received', item_key: null });
  });
});
