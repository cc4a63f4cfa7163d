/**
 * Hard copies over real HTTP, after real tus uploads (guidance 001: "Hard copies of the document held
 * within the children's home that have been added to Mosaic must have a written note on them
 * detailing when it was uploaded"). Upload roles with full training list and mark their own home's;
 * everyone else is refused; a form written in Hearth has no hard copy; attribution (000) is on the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HardCopiesToMark, HardCopyStatus } from '../../shared/api/hard-copies.ts';
import { DocumentList } from '../../shared/api/records.ts';
import { UploadStatus, type UploadMetadata } from '../../shared/api/uploads.ts';
import { hardCopyNote } from '../../shared/domain/hard-copy.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { KeyworkerReportForm } from '../../shared/forms/keyworker-report-form.ts';
import { exampleKeyworker } from '../../shared/forms/test-forms.ts';
import { keyworkerReportPdf } from '../../shared/pdf/keyworker-report-pdf.ts';
import { samplePdf } from '../uploads/testing/files.ts';
import { startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { metadataFor, sendUpload } from '../uploads/testing/tus-client.ts';

const temp = tempFolder('hard-copies');
let gateway: UploadGateway;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  for (const name of ['priya.shah', 'tom.reilly', 'grace.adeyemi', 'sam.fletcher', 'daniel.osei']) {
    tokens[name] = (await signIn(gateway.url, name)).tokens.accessToken;
  }
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const token = (name: string) => tokens[name] ?? '';

/** A keyworker report as Hearth's form code writes it (shared/pdf/form-pdf.ts), with its form marker. */
const formPdf = async () =>
  Buffer.from(
    await keyworkerReportPdf({
      form: KeyworkerReportForm.parse(exampleKeyworker({ nextSteps: `Hard copy test ${Math.random()}` })),
      title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
      child: { name: 'Leo Hartley', mosaicId: '1048213' },
      completedOn: '2026-10-31',
      uploader: { name: 'Priya Shah', role: 'Registered Manager' },
      createdAt: new Date('2026-10-31T12:00:00Z'),
    }),
  );

/** Uploads a real PDF by tus and returns the gateway's answer for it once received. */
async function uploaded(
  who: string,
  overrides: Partial<UploadMetadata> = {},
  childId = 'child-leo-hartley',
  bytes?: Buffer,
) {
  const pdf = bytes ?? (await samplePdf(`hard copy test ${Math.random()}`));
  const meta = metadataFor(pdf, childId, overrides);
  expect(
    await sendUpload({ base: gateway.url, token: token(who), bytes: pdf, metadata: meta }),
  ).toMatchObject({
    ok: true,
  });
  const status = UploadStatus.parse(
    (await call(gateway.url, 'GET', `/api/v1/outbox/${meta.outboxId}`, { token: token(who) })).body,
  );
  if (status.state !== 'received') throw new Error(`not received: ${status.state}`);
  return status;
}

const list = async (who: string) => call(gateway.url, 'GET', '/api/v1/hard-copies', { token: token(who) });
const toMark = async (who: string) => HardCopiesToMark.parse((await list(who)).body).hardCopies;
const mark = (who: string, documentId: string) =>
  call(gateway.url, 'POST', `/api/v1/hard-copies/${encodeURIComponent(documentId)}/marked`, {
    token: token(who),
    body: {},
  });

describe('001 hard copies of uploaded documents', () => {
  it('001: a received file is listed with exactly what to write: the recorded time in England and the uploader', async () => {
    const received = await uploaded('priya.shah');
    const mine = (await toMark('priya.shah')).find((h) => h.documentId === received.documentId);
    expect(mine).toMatchObject({
      childId: 'child-leo-hartley',
      childName: 'Leo Hartley',
      mosaicId: '4021876',
      title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
      recordedAt: received.recordedAt,
      uploaderName: 'Priya Shah',
    });
    expect(mine?.note).toBe(hardCopyNote({ recordedAt: received.recordedAt, uploaderName: 'Priya Shah' }));
    expect(mine?.note).toMatch(/^Uploaded to Mosaic on \d\d\/\d\d\/\d{4} at \d\d:\d\d by Priya Shah$/);
  });

  it('001: marking records who and when, takes it off the list, and marking again changes nothing', async () => {
    const received = await uploaded('priya.shah');
    const first = await mark('tom.reilly', received.documentId);
    expect(first.status).toBe(200);
    const marked = HardCopyStatus.parse(first.body);
    expect(marked).toMatchObject({ state: 'marked', markedByName: 'Tom Reilly' });
    expect((await toMark('priya.shah')).map((h) => h.documentId)).not.toContain(received.documentId);

    const again = HardCopyStatus.parse((await mark('priya.shah', received.documentId)).body);
    expect(again).toEqual(marked);
    // Audited once, against the person who marked it and the child (001: every action is logged).
    const events = await gateway.db
      .selectFrom('audit_events')
      .select(['staff_id', 'child_id'])
      .where('action', '=', 'mark-hard-copy')
      .where('detail', '=', received.documentId)
      .execute();
    expect(events).toEqual([{ staff_id: 'staff-tom-reilly', child_id: 'child-leo-hartley' }]);
  });

  it('001: a form written in Hearth has no hard copy: never listed, and marking says so', async () => {
    const received = await uploaded(
      'priya.shah',
      { origin: 'hearth-form' },
      'child-leo-hartley',
      await formPdf(),
    );
    expect((await toMark('priya.shah')).map((h) => h.documentId)).not.toContain(received.documentId);
    const answer = await mark('priya.shah', received.documentId);
    expect(answer.status).toBe(200);
    expect(HardCopyStatus.parse(answer.body)).toEqual({
      state: 'no-hard-copy',
      documentId: received.documentId,
    });
  });

  it('001: a file the device calls a Hearth form without Hearth’s form marker is asked to be marked', async () => {
    // e.g. a scan sent by mistake as a form: its paper copy must still carry the note.
    const received = await uploaded('priya.shah', { origin: 'hearth-form' });
    expect((await toMark('priya.shah')).map((h) => h.documentId)).toContain(received.documentId);
  });

  it('DOMAIN "staff only see their own home": another home’s manager neither sees nor marks it', async () => {
    const received = await uploaded('priya.shah');
    expect((await toMark('daniel.osei')).map((h) => h.documentId)).not.toContain(received.documentId);
    const answer = await mark('daniel.osei', received.documentId);
    expect(answer.status).toBe(404);
    expect((await toMark('priya.shah')).map((h) => h.documentId)).toContain(received.documentId);
  });

  it('DOMAIN: a child who has left the home no longer exists for its staff, nor do their hard copies', async () => {
    const received = await uploaded(
      'priya.shah',
      { title: 'Ruby Ashworth - Keyworker monthly report October - 31/10/2026' },
      'child-ruby-ashworth',
    );
    expect((await toMark('priya.shah')).map((h) => h.documentId)).toContain(received.documentId);
    await gateway.db
      .updateTable('children')
      .set({ placement_end: '2026-11-01' })
      .where('id', '=', 'child-ruby-ashworth')
      .execute();
    try {
      expect((await toMark('priya.shah')).map((h) => h.documentId)).not.toContain(received.documentId);
      expect((await mark('priya.shah', received.documentId)).status).toBe(404);
    } finally {
      await gateway.db
        .updateTable('children')
        .set({ placement_end: null })
        .where('id', '=', 'child-ruby-ashworth')
        .execute();
    }
  });

  it('001: read-only staff, and an upload role without all 9 modules, are refused', async () => {
    const received = await uploaded('priya.shah');
    const rccw = await list('sam.fletcher');
    expect(rccw.status).toBe(403);
    expect(rccw.body).toMatchObject({ error: 'forbidden' });
    expect((await mark('sam.fletcher', received.documentId)).status).toBe(403);
    const partlyTrained = await list('grace.adeyemi');
    expect(partlyTrained.status).toBe(403);
    expect(partlyTrained.body).toMatchObject({ error: 'training-incomplete' });
    expect((await toMark('priya.shah')).map((h) => h.documentId)).toContain(received.documentId);
  });

  it('401 without a session', async () => {
    expect((await call(gateway.url, 'GET', '/api/v1/hard-copies')).status).toBe(401);
  });
});

describe('000 attribution on the record', () => {
  it('000: the documents list says who uploaded it and on whose behalf; a Mosaic document has none', async () => {
    const received = await uploaded('priya.shah', {
      authorName: 'Sam Fletcher',
      authorRole: 'Residential Child Care Worker',
    });
    const answer = await call(gateway.url, 'GET', '/api/v1/children/child-leo-hartley/documents', {
      token: token('sam.fletcher'),
    });
    const documents = DocumentList.parse(answer.body).documents;
    expect(documents.find((d) => d.id === received.documentId)?.attribution).toBe(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
    const seeded = documents.filter((d) => d.attribution === null);
    expect(seeded.length).toBeGreaterThan(0);
  });
});
