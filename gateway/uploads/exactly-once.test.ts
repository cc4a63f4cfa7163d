/**
 * Exactly once over a network that breaks (issue 4 "The sync engine"; DOMAIN.md "Uploads": uploads
 * "are sent once"): a connection cut mid-upload resumes from the gateway's offset, the same outbox
 * id never makes a second document (also when the final answer was lost), and bytes that arrive
 * damaged are refused and sent again. Real tus-js-client, real HTTP through a TCP proxy that breaks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Upload } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKSUM_MISMATCH_STATUS, UPLOADS_PATH, UploadStatus } from '../../shared/api/uploads.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf, sha256 } from './testing/files.ts';
import { startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { startProxy, type TestProxy } from './testing/proxy.ts';
import { metadataFor, sendUpload } from './testing/tus-client.ts';
import { UPLOADS_FOLDER } from './tus.ts';

const temp = tempFolder('exactly-once');
let gateway: UploadGateway;
let proxy: TestProxy;
let token: string;

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  proxy = await startProxy(gateway.url);
  token = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await proxy.close();
  await gateway.close();
  temp.remove();
});

async function status(outboxId: string) {
  const answer = await call(gateway.url, 'GET', `/api/v1/outbox/${outboxId}`, { token });
  return UploadStatus.parse(answer.body);
}

/** The status once the gateway has written every byte that reached it before the cut. */
async function settledStatus(outboxId: string) {
  let last = await status(outboxId);
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await status(outboxId);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the upload never settled');
}

const documentsFor = (outboxId: string) =>
  gateway.db
    .selectFrom('documents')
    .select(['id', 'file_sha256'])
    .where('outbox_id', '=', outboxId)
    .execute();

describe('001 uploads are sent once: resumable, deduplicated, verified', () => {
  it('001: a connection cut mid-upload resumes from the gateway’s offset and the document arrives whole', async () => {
    const pdf = await samplePdf('Large scanned incident form', 6 * 1024 * 1024);
    const meta = metadataFor(pdf, 'child-leo-hartley');
    proxy.cutAfter(2 * 1024 * 1024);
    const first = await sendUpload({ base: proxy.url, token, bytes: pdf, metadata: meta });
    expect(first.ok).toBe(false);
    expect(proxy.faults().cuts).toBe(1);

    // The device restarts, asks where its item stands, and resumes on the URL it is given.
    const partial = await settledStatus(meta.outboxId);
    if (partial.state !== 'receiving') throw new Error(`expected receiving, got ${partial.state}`);
    expect(partial.offset).toBeGreaterThan(0);
    expect(partial.offset).toBeLessThan(pdf.length);
    expect(partial.length).toBe(pdf.length);

    const offsets: string[] = [];
    const upstreamBefore = proxy.upstreamBytes();
    const resumed = await sendUpload({
      base: proxy.url,
      token,
      bytes: pdf,
      metadata: meta,
      uploadUrl: partial.uploadUrl.replace(gateway.url, proxy.url),
      onBeforeRequest: (request) => {
        if (request.getMethod() === 'PATCH') offsets.push(request.getHeader('Upload-Offset') ?? '');
      },
    });
    expect(resumed).toMatchObject({ ok: true });
    expect(offsets[0]).toBe(String(partial.offset));
    // Only the missing bytes travelled again (plus a few hundred bytes of headers).
    expect(proxy.upstreamBytes() - upstreamBefore).toBeLessThan(pdf.length - partial.offset + 4096);

    const documents = await documentsFor(meta.outboxId);
    expect(documents).toEqual([{ id: expect.any(String), file_sha256: sha256(pdf) }]);
  });

  it('001: when the final answer is lost, sending again finds the document already there and files nothing twice', async () => {
    const pdf = await samplePdf('Support plan, answer lost');
    const meta = metadataFor(pdf, 'child-leo-hartley', { documentType: 'support-plan' });
    proxy.dropNext(204);
    // tus-js-client retries after the dropped answer: its HEAD learns the upload is complete.
    const sent = await sendUpload({
      base: proxy.url,
      token,
      bytes: pdf,
      metadata: meta,
      retryDelays: [50, 100],
    });
    expect(proxy.faults().dropped).toBe(1);
    expect(sent).toMatchObject({ ok: true });
    expect(await documentsFor(meta.outboxId)).toHaveLength(1);

    // The app restarted and lost even the upload URL: a new create for the same outbox id is refused...
    const again = await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta });
    expect(again).toMatchObject({ ok: false, status: 409 });
    // ...and the status it asks for says the item is on the record.
    expect(await status(meta.outboxId)).toMatchObject({ state: 'received', sha256: sha256(pdf) });
    expect(await documentsFor(meta.outboxId)).toHaveLength(1);
  });

  it('001: the same outbox id sent twice after a completed upload still makes one document', async () => {
    const pdf = await samplePdf('Missing plan');
    const meta = metadataFor(pdf, 'child-leo-hartley', { documentType: 'missing-plan' });
    expect(await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta })).toMatchObject({
      ok: true,
    });
    const second = await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta });
    expect(second).toMatchObject({ ok: false, status: 409 });
    expect(await documentsFor(meta.outboxId)).toHaveLength(1);
  });

  it('001: two creates racing for one outbox id make one upload, and the database refuses a second document', async () => {
    const pdf = await samplePdf('Race');
    const meta = metadataFor(pdf, 'child-leo-hartley');
    const encoded = Object.entries(meta)
      .map(([k, v]) => `${k} ${Buffer.from(String(v)).toString('base64')}`)
      .join(',');
    const create = () =>
      fetch(`${gateway.url}${UPLOADS_PATH}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'tus-resumable': '1.0.0',
          'upload-length': String(pdf.length),
          'upload-metadata': encoded,
        },
      });
    const answers = await Promise.all([create(), create(), create()]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);

    expect(
      await sendUpload({
        base: gateway.url,
        token,
        bytes: pdf,
        metadata: meta,
        uploadUrl: `${gateway.url}${UPLOADS_PATH}/${meta.outboxId}`,
      }),
    ).toMatchObject({ ok: true });
    const [document] = await documentsFor(meta.outboxId);
    const copy = await gateway.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', document?.id ?? '')
      .executeTakeFirstOrThrow();
    await expect(
      gateway.db
        .insertInto('documents')
        .values({ ...copy, id: 'doc-second-copy' })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('001: bytes that arrive with the wrong SHA-256 are refused with 460 and discarded; sending again succeeds', async () => {
    const pdf = await samplePdf('Regulation 40 notification');
    const meta = metadataFor(pdf, 'child-leo-hartley', {
      documentType: 'regulation-40-notification',
      sha256: sha256(Buffer.from('other bytes')),
    });
    const refused = await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta });
    expect(refused).toMatchObject({ ok: false, status: CHECKSUM_MISMATCH_STATUS });
    expect(refused.ok ? '' : refused.body).toMatch(/damaged/);
    expect(await documentsFor(meta.outboxId)).toHaveLength(0);
    expect(await status(meta.outboxId)).toEqual({ state: 'unknown', outboxId: meta.outboxId });
    expect(existsSync(path.join(gateway.dataDir, UPLOADS_FOLDER, meta.outboxId))).toBe(false);

    const resent = await sendUpload({
      base: gateway.url,
      token,
      bytes: pdf,
      metadata: { ...meta, sha256: sha256(pdf) },
    });
    expect(resent).toMatchObject({ ok: true });
    expect(await documentsFor(meta.outboxId)).toEqual([{ id: expect.any(String), file_sha256: sha256(pdf) }]);
  });

  it('001: an item can be cancelled before it is received (and sent again later), never after', async () => {
    const pdf = await samplePdf('Cancelled then sent', 512 * 1024);
    const meta = metadataFor(pdf, 'child-leo-hartley');
    proxy.cutAfter(200 * 1024);
    expect(await sendUpload({ base: proxy.url, token, bytes: pdf, metadata: meta })).toMatchObject({
      ok: false,
    });
    const url = `${gateway.url}${UPLOADS_PATH}/${meta.outboxId}`;
    const headers = { authorization: `Bearer ${token}` };
    await Upload.terminate(url, { headers });
    expect(await status(meta.outboxId)).toEqual({ state: 'unknown', outboxId: meta.outboxId });

    expect(await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta })).toMatchObject({
      ok: true,
    });
    await expect(Upload.terminate(url, { headers, retryDelays: null })).rejects.toThrow(/409/);
    expect(await documentsFor(meta.outboxId)).toHaveLength(1);
  });
});
