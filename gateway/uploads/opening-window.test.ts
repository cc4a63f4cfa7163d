/**
 * The time while the gateway opens a sealed body in place (open-sealed.ts, finish.ts openingOf).
 * Opening cuts the body to its plain length, so under tus's name it would look like an upload still
 * receiving, and a device asking where it stands would be told to append to it; once the file is
 * linked into the store, that would change a filed document (001: a corrupted document must never
 * reach the record). Real gateway over HTTP, real SQLite file, real files.
 */
import { appendFileSync, existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEALED_CHUNK_PLAIN_BYTES } from '../../shared/api/sealed-upload.ts';
import { openFileStore } from '../files/store.ts';
import { signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf, sha256 } from './testing/files.ts';
import {
  runningClock,
  outboxStatus,
  startUploadGateway,
  uploadFilesOf,
  type UploadGateway,
} from './testing/gateway.ts';
import { sealedItem } from './testing/sealed-body.ts';
import { createUpload, sendUpload } from './testing/tus-client.ts';
import { UPLOADS_FOLDER } from './tus.ts';

const temp = tempFolder('opening-window');
let gateway: UploadGateway;
let token: string;
const uploadsDir = () => path.join(gateway.dataDir, UPLOADS_FOLDER);
const storedAt = (bytes: Buffer) => openFileStore(gateway.dataDir).pathOf(sha256(bytes));

/** What the clock saw each time it was asked after `watched`'s document was in the store. */
let watched: { outboxId: string; storedAt: string } | null = null;
const tusNameSeen: boolean[] = [];

beforeAll(async () => {
  // The gateway reads its clock when it records a document, after linking the file into the store:
  // the moment a device appending through tus would change a filed document.
  const clock = runningClock();
  const watchingClock = () => {
    if (watched && existsSync(watched.storedAt))
      tusNameSeen.push(existsSync(path.join(uploadsDir(), watched.outboxId)));
    return clock();
  };
  gateway = await startUploadGateway(temp.dir, { clock: watchingClock });
  token = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const status = (outboxId: string) => outboxStatus(gateway, token, outboxId);

const filesOf = (outboxId: string) => uploadFilesOf(gateway, outboxId);

const documentsFor = (outboxId: string) =>
  gateway.db
    .selectFrom('documents')
    .select(['file_sha256', 'file_size'])
    .where('outbox_id', '=', outboxId)
    .execute();

describe('issue 4 / 001: a sealed body being opened is out of tus’s reach', () => {
  it('when the document is recorded, its body is no longer under tus’s name, so no device can append to the filed file', async () => {
    const pdf = await samplePdf('Support plan, sealed, watched while filed', 2.5 * SEALED_CHUNK_PLAIN_BYTES);
    const item = sealedItem(pdf, { documentType: 'support-plan' });
    watched = { outboxId: item.meta.outboxId, storedAt: storedAt(pdf) };
    try {
      expect(
        await sendUpload({ base: gateway.url, token, bytes: item.body, metadata: item.meta }),
      ).toMatchObject({
        ok: true,
      });
    } finally {
      watched = null;
    }
    expect(tusNameSeen.length).toBeGreaterThan(0);
    expect(tusNameSeen).not.toContain(true);
    expect(readFileSync(storedAt(pdf)).equals(pdf)).toBe(true);
    expect(filesOf(item.meta.outboxId)).toEqual([]);
  });

  it('a gateway stopped while opening a body: the half-opened body is thrown away, the item is unknown, and sent again it is filed once, intact', async () => {
    const pdf = await samplePdf(
      'Keyworker monthly report, sealed, stopped midway',
      2.5 * SEALED_CHUNK_PLAIN_BYTES,
    );
    const item = sealedItem(pdf, { documentType: 'keyworker-monthly-report' });
    const id = item.meta.outboxId;
    const created = await createUpload({
      base: gateway.url,
      token,
      metadata: item.meta,
      length: item.body.length,
    });
    expect(created.status).toBe(201);
    // As a stop midway leaves it: taken out of tus's hands, its first chunk already opened.
    const halfOpened = Buffer.from(item.body);
    pdf.copy(halfOpened, 0, 0, SEALED_CHUNK_PLAIN_BYTES);
    renameSync(path.join(uploadsDir(), id), path.join(uploadsDir(), `${id}.opening`));
    writeFileSync(path.join(uploadsDir(), `${id}.opening`), halfOpened);

    expect(await status(id)).toEqual({ state: 'unknown', outboxId: id });
    expect(filesOf(id)).toEqual([]);
    expect(await documentsFor(id)).toEqual([]);

    expect(
      await sendUpload({ base: gateway.url, token, bytes: item.body, metadata: item.meta }),
    ).toMatchObject({
      ok: true,
    });
    expect(await documentsFor(id)).toEqual([{ file_sha256: sha256(pdf), file_size: pdf.length }]);
    expect(readFileSync(storedAt(pdf)).equals(pdf)).toBe(true);
    expect(filesOf(id)).toEqual([]);
  });

  it('a stored file changed since it was filed is replaced, not adopted, when the same bytes arrive again', async () => {
    const pdf = await samplePdf('Safety plan, sealed, filed twice', 1.5 * SEALED_CHUNK_PLAIN_BYTES);
    const first = sealedItem(pdf, { documentType: 'safety-plan' });
    const send = (item: ReturnType<typeof sealedItem>) =>
      sendUpload({ base: gateway.url, token, bytes: item.body, metadata: item.meta });
    expect(await send(first)).toMatchObject({ ok: true });
    const stored = storedAt(pdf);
    // What a device appending through a name a power cut left would do (openingOf in finish.ts).
    appendFileSync(stored, Buffer.from('appended through a stale name'));

    const second = sealedItem(pdf, { documentType: 'safety-plan' });
    expect(await send(second)).toMatchObject({ ok: true });
    expect(await documentsFor(second.meta.outboxId)).toEqual([
      { file_sha256: sha256(pdf), file_size: pdf.length },
    ]);
    expect(readFileSync(stored).equals(pdf)).toBe(true);
    expect(readdirSync(path.dirname(stored)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
