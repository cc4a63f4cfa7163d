/**
 * A connection that breaks in the middle of an upload's body, over real HTTP to the real gateway
 * (issue 4: resumable over homes' poor connections; bench sync.flaky_bytes_ratio). Every byte that
 * reached the gateway before the break is kept and counted in the upload's offset, so the device
 * resumes after it and sends nothing twice; the document still ends on the record once, whole.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadMetadata } from '../../shared/api/uploads.ts';
import { signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf, sha256 } from './testing/files.ts';
import { outboxStatus, startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { createUpload, metadataFor, sendUpload } from './testing/tus-client.ts';

const temp = tempFolder('broken-connection');
let gateway: UploadGateway;
let priya: string;

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const MiB = 1024 * 1024;

/**
 * Sends a PATCH of all of `bytes` from `offset`, but only `sent` bytes of its body, then closes the
 * connection (as a line that drops mid-request). Resolves when the gateway has closed its side.
 */
function patchCutShort(uploadUrl: string, bytes: Buffer, offset: number, sent: number): Promise<void> {
  const url = new URL(uploadUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(
        [
          `PATCH ${url.pathname} HTTP/1.1`,
          `Host: ${url.host}`,
          `Authorization: Bearer ${priya}`,
          'Tus-Resumable: 1.0.0',
          `Upload-Offset: ${offset}`,
          'Content-Type: application/offset+octet-stream',
          `Content-Length: ${bytes.length - offset}`,
          '',
          '',
        ].join('\r\n'),
      );
      socket.end(bytes.subarray(offset, offset + sent));
    });
    socket.on('error', reject);
    socket.on('close', () => resolve());
    socket.resume();
  });
}

/** The upload's offset once it stops moving (the gateway may still be writing what it read). */
async function settledOffset(outboxId: string): Promise<number> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const status = await outboxStatus(gateway, priya, outboxId);
    const offset = status.state === 'receiving' ? status.offset : -1;
    if (offset === last) return offset;
    last = offset;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the offset never settled');
}

/** Sends the rest as the device would (tus-js-client resuming), then: one document, whole. */
async function resumedAndFiledOnce(pdf: Buffer, metadata: UploadMetadata, uploadUrl: string) {
  const resumed = await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata, uploadUrl });
  expect(resumed).toMatchObject({ ok: true });
  expect((await outboxStatus(gateway, priya, metadata.outboxId)).state).toBe('received');
  const documents = gateway.db
    .selectFrom('documents')
    .select(['file_sha256'])
    .where('outbox_id', '=', metadata.outboxId);
  expect(await documents.execute()).toEqual([{ file_sha256: sha256(pdf) }]);
}

describe('a connection that breaks mid-upload', () => {
  it('keeps every byte that arrived, so the device resumes right after them; the document is filed once, whole', async () => {
    const pdf = await samplePdf('Regulation 40 notification', 12 * MiB);
    const metadata = metadataFor(pdf, 'child-leo-hartley');
    const created = await createUpload({ base: gateway.url, token: priya, metadata, length: pdf.length });
    expect(created.status).toBe(201);

    // Two breaks, several MB in: enough that bytes are still in the gateway's streams when they come.
    await patchCutShort(created.uploadUrl, pdf, 0, 5 * MiB);
    expect(await settledOffset(metadata.outboxId)).toBe(5 * MiB);
    await patchCutShort(created.uploadUrl, pdf, 5 * MiB, 4 * MiB + 12_345);
    expect(await settledOffset(metadata.outboxId)).toBe(9 * MiB + 12_345);

    await resumedAndFiledOnce(pdf, metadata, created.uploadUrl);
  });

  it('a PATCH whose connection breaks at once keeps nothing and loses nothing', async () => {
    const pdf = await samplePdf('Keyworker monthly report', 1 * MiB);
    const metadata = metadataFor(pdf, 'child-leo-hartley');
    const created = await createUpload({ base: gateway.url, token: priya, metadata, length: pdf.length });
    await patchCutShort(created.uploadUrl, pdf, 0, 0);
    expect(await settledOffset(metadata.outboxId)).toBe(0);
    await resumedAndFiledOnce(pdf, metadata, created.uploadUrl);
  });
});
