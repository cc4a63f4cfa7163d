/**
 * What the gateway refuses, over real HTTP with the real tus-js-client. Guidance 001: upload access
 * only for Registered Managers, Assistant Managers and Principal RCCWs with all 9 training modules,
 * only for children placed in their home (DOMAIN.md: any other child does not exist for them, "the
 * gateway must refuse, not just the UI hide"); only the documents the home uploads; only PDF, DOCX,
 * JPEG or PNG by their bytes, whatever the file is called.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { TYPE_REFUSED_STATUS, UPLOADS_PATH, UploadStatus } from '../../shared/api/uploads.ts';
import { NO_SUCH_CHILD } from '../routes/records.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { sampleExe, sampleHtml, samplePdf } from './testing/files.ts';
import { startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { metadataFor, sendUpload, type SendResult } from './testing/tus-client.ts';
import { UPLOADS_FOLDER } from './tus.ts';

const temp = tempFolder('upload-refusals');
let gateway: UploadGateway;
const tokens: Record<string, string> = {};
let pdf: Buffer;

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  for (const username of ['priya.shah', 'sam.fletcher', 'grace.adeyemi', 'daniel.osei']) {
    tokens[username] = (await signIn(gateway.url, username)).tokens.accessToken;
  }
  pdf = await samplePdf();
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const token = (username: string) => tokens[username] ?? '';
const errorOf = (result: SendResult) => (result.ok ? null : ApiError.parse(JSON.parse(result.body)));
const documentCount = async () =>
  Number(
    (
      await gateway.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('001: who may upload', () => {
  it('001: read-only staff (a Residential Child Care Worker) are refused with 403', async () => {
    const result = await sendUpload({
      base: gateway.url,
      token: token('sam.fletcher'),
      bytes: pdf,
      metadata: metadataFor(pdf, 'child-leo-hartley'),
    });
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(errorOf(result)?.error).toBe('forbidden');
  });

  it('001: a principal worker whose 9 training modules are incomplete is refused with 403 training-incomplete', async () => {
    const result = await sendUpload({
      base: gateway.url,
      token: token('grace.adeyemi'),
      bytes: pdf,
      metadata: metadataFor(pdf, 'child-leo-hartley'),
    });
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(errorOf(result)).toMatchObject({
      error: 'training-incomplete',
      message: expect.stringContaining('7, 8, 9'),
    });
  });

  it('001: nobody signed in gets 401', async () => {
    const result = await sendUpload({
      base: gateway.url,
      token: 'not-a-real-token-at-all-000000',
      bytes: pdf,
      metadata: metadataFor(pdf, 'child-leo-hartley'),
    });
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  // A child who has left is judged at the item's queued time (departed-child.test.ts, 003).
  it('001: another home’s child and an unknown id answer the same 404', async () => {
    const before = await documentCount();
    for (const childId of ['child-maya-lindqvist', 'child-nobody']) {
      const result = await sendUpload({
        base: gateway.url,
        token: token('priya.shah'),
        bytes: pdf,
        metadata: metadataFor(pdf, childId),
      });
      expect(result).toMatchObject({ ok: false, status: 404 });
      expect(errorOf(result)).toEqual({ error: 'not-found', message: NO_SUCH_CHILD });
    }
    expect(await documentCount()).toBe(before);
  });

  it('001: another home cannot see, resume or cancel an upload: it answers as for an id never sent', async () => {
    const meta = metadataFor(pdf, 'child-leo-hartley');
    const mine = await sendUpload({
      base: gateway.url,
      token: token('priya.shah'),
      bytes: pdf,
      metadata: meta,
    });
    expect(mine).toMatchObject({ ok: true });
    const other = { authorization: `Bearer ${token('daniel.osei')}`, 'tus-resumable': '1.0.0' };
    const head = await fetch(`${gateway.url}${UPLOADS_PATH}/${meta.outboxId}`, {
      method: 'HEAD',
      headers: other,
    });
    expect(head.status).toBe(404);
    const del = await fetch(`${gateway.url}${UPLOADS_PATH}/${meta.outboxId}`, {
      method: 'DELETE',
      headers: other,
    });
    expect(del.status).toBe(404);
    const status = await call(gateway.url, 'GET', `/api/v1/outbox/${meta.outboxId}`, {
      token: token('daniel.osei'),
    });
    expect(UploadStatus.parse(status.body)).toEqual({ state: 'unknown', outboxId: meta.outboxId });
  });

  it('001: a document type the home does not upload (a care plan) is refused with 400', async () => {
    const result = await sendUpload({
      base: gateway.url,
      token: token('priya.shah'),
      bytes: pdf,
      metadata: metadataFor(pdf, 'child-leo-hartley', { documentType: 'cla-care-plan' }),
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(errorOf(result)?.message).toContain('Child Looked After Care Plan');
  });
});

describe('004: the title follows the naming standard for this child and date', () => {
  it('004: a title naming another child, or another date, is refused with 400 saying what to write', async () => {
    const other = metadataFor(pdf, 'child-leo-hartley', {
      title: 'Ruby Ashworth - Keyworker monthly report - 31/10/2026',
    });
    const wrongChild = await sendUpload({
      base: gateway.url,
      token: token('priya.shah'),
      bytes: pdf,
      metadata: other,
    });
    expect(wrongChild).toMatchObject({ ok: false, status: 400 });
    expect(errorOf(wrongChild)?.message).toContain('The title must start with "Leo Hartley"');
    const late = metadataFor(pdf, 'child-leo-hartley', { completedOn: '2026-11-01' });
    const wrongDate = await sendUpload({
      base: gateway.url,
      token: token('priya.shah'),
      bytes: pdf,
      metadata: late,
    });
    expect(errorOf(wrongDate)?.message).toContain('The title must end with 01/11/2026');
  });
});

describe('001: only PDF, DOCX, JPEG or PNG, judged by the bytes', () => {
  const cases = [
    { name: 'a Windows program renamed .pdf', bytes: sampleExe, words: 'a Windows program (.exe or .dll)' },
    { name: 'a web page renamed .pdf', bytes: sampleHtml, words: 'a web page (HTML)' },
  ];
  for (const { name, bytes, words } of cases) {
    it(`001: ${name} is refused for good with a clear reason, and not kept`, async () => {
      const file = bytes();
      const meta = metadataFor(file, 'child-leo-hartley', {
        fileName: 'report.pdf',
        mimeType: 'application/pdf',
      });
      const result = await sendUpload({
        base: gateway.url,
        token: token('priya.shah'),
        bytes: file,
        metadata: meta,
      });
      expect(result).toMatchObject({ ok: false, status: TYPE_REFUSED_STATUS });
      const reason = errorOf(result)?.message ?? '';
      expect(reason).toContain(
        `This file is ${words}, not a PDF, Word document (DOCX), JPEG image or PNG image`,
      );

      const status = await call(gateway.url, 'GET', `/api/v1/outbox/${meta.outboxId}`, {
        token: token('priya.shah'),
      });
      expect(UploadStatus.parse(status.body)).toEqual({ state: 'rejected', outboxId: meta.outboxId, reason });
      expect(
        await gateway.db
          .selectFrom('documents')
          .select('id')
          .where('outbox_id', '=', meta.outboxId)
          .execute(),
      ).toEqual([]);
      expect(existsSync(path.join(gateway.dataDir, UPLOADS_FOLDER, meta.outboxId))).toBe(false);
      // Sending it again changes nothing: the refusal stands.
      const again = await sendUpload({
        base: gateway.url,
        token: token('priya.shah'),
        bytes: file,
        metadata: meta,
      });
      expect(again).toMatchObject({ ok: false, status: TYPE_REFUSED_STATUS });
    });
  }
});
