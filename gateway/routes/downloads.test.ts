/**
 * Downloads over the real gateway (issue 6; guidance 001 "Downloading documents from Mosaic";
 * DOMAIN.md "Downloads"): each rule the gateway enforces, as a client would meet it.
 * Larchfield: priya.shah (Registered Manager, 9 modules), tom.reilly (Assistant Manager, 9),
 * grace.adeyemi (Principal RCCW, 6), sam.fletcher (RCCW, 2, read only). Harbour View: daniel.osei.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DownloadSettings,
  FILE_NAME_HEADER,
  RecordedDiscussion,
  SHA256_HEADER,
} from '../../shared/api/downloads.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { DocumentList, type DocumentListItem } from '../../shared/api/records.ts';
import { NEEDS_DISCUSSION } from '../../shared/domain/downloads.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { pdfText } from '../testing/pdf-text.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const token: Record<string, string> = {};
let kofiDocs: DocumentListItem[] = [];

const KOFI = 'child-kofi-mensah';

beforeAll(async () => {
  gw = await startSeededGateway('downloads');
  db = openDatabase(gw.dataDir);
  for (const who of ['priya.shah', 'tom.reilly', 'grace.adeyemi', 'sam.fletcher', 'daniel.osei']) {
    token[who] = (await signIn(gw.url, who)).tokens.accessToken;
  }
  const list = await call(gw.url, 'GET', `/api/v1/children/${KOFI}/documents`, {
    token: token['priya.shah'],
  });
  kofiDocs = DocumentList.parse(list.body).documents;
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const docOf = (type: DocumentListItem['type']) => {
  const doc = kofiDocs.find((d) => d.type === type);
  if (!doc) throw new Error(`Kofi has no ${type} in the demo data`);
  return doc;
};

async function fetchFile(who: string, childId: string, documentId: string, what: 'download' | 'content') {
  const response = await fetch(`${gw.url}/api/v1/children/${childId}/documents/${documentId}/${what}`, {
    headers: { authorization: `Bearer ${token[who] ?? ''}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json')
    ? (JSON.parse(new TextDecoder().decode(bytes)) as { error: string; message: string })
    : null;
  return { status: response.status, headers: response.headers, bytes, json };
}

const discussion = {
  consultedName: 'James Whitlock',
  consultedRole: 'Allocated social worker',
  discussedAt: '2026-11-24T15:30:00+00:00',
  reason: 'The school needs the placement plan for Kofi’s PEP meeting on Friday.',
};

const auditRows = (staffUsername: string, action: AuditAction) =>
  db
    .selectFrom('audit_events')
    .innerJoin('staff', 'staff.id', 'audit_events.staff_id')
    .select(['audit_events.action', 'audit_events.child_id', 'audit_events.detail'])
    .where('staff.username', '=', staffUsername)
    .where('audit_events.action', '=', action)
    .execute();

describe('a permitted document (001: the seven permitted downloads)', () => {
  it('a trained registered manager downloads a care plan, stamped on each page and named by the home’s pattern', async () => {
    const plan = docOf('cla-care-plan');
    const answer = await fetchFile('priya.shah', KOFI, plan.id, 'download');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const fileName = decodeURIComponent(answer.headers.get(FILE_NAME_HEADER) ?? '');
    expect(fileName).toBe(
      `Mensah, Kofi (4107732)/Child Looked After Care Plan/${plan.completedOn} ${plan.title.replaceAll('/', '-')}.pdf`,
    );
    const sha = createHash('sha256').update(answer.bytes).digest('hex');
    expect(answer.headers.get(SHA256_HEADER)).toBe(sha);
    const pages = await pdfText(answer.bytes);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page).toContain('Downloaded by Priya Shah on 25/11/2026 from Mosaic. OFFICIAL-SENSITIVE');
      expect(page).toContain('Mosaic reference number: 4107732');
    }

    // Audited with the file name and the SHA-256 of what was sent (001; issue 6).
    const audited = await auditRows('priya.shah', 'download');
    expect(audited).toContainEqual({
      action: 'download',
      child_id: KOFI,
      detail: `sha256:${sha} document:${plan.id} file:${fileName}`.slice(0, 200),
    });
    const logged = await db.selectFrom('downloads').selectAll().where('sha256', '=', sha).execute();
    expect(logged).toMatchObject([{ file_name: fileName, basis: 'permitted-type', document_id: plan.id }]);
  });

  it('read-only staff may view it in the app but not download it', async () => {
    const plan = docOf('cla-care-plan');
    const refused = await fetchFile('sam.fletcher', KOFI, plan.id, 'download');
    expect(refused.status).toBe(403);
    expect(refused.json?.message).toContain('view documents in Hearth but not download');
    const viewed = await fetchFile('sam.fletcher', KOFI, plan.id, 'content');
    expect(viewed.status).toBe(200);
    expect((await pdfText(viewed.bytes))[0]).toContain('Mosaic reference number: 4107732');
    expect(await auditRows('sam.fletcher', 'view-document')).toContainEqual({
      action: 'view-document',
      child_id: KOFI,
      detail: plan.id,
    });
  });

  it('a copy kept for offline reading is logged as such, not as a view, and only of a permitted type', async () => {
    const plan = docOf('cla-care-plan');
    const copy = await fetch(
      `${gw.url}/api/v1/children/${KOFI}/documents/${plan.id}/content?purpose=offline-copy`,
      {
        headers: { authorization: `Bearer ${token['tom.reilly'] ?? ''}` },
      },
    );
    expect(copy.status).toBe(200);
    expect(await auditRows('tom.reilly', 'offline-copy')).toEqual([
      { action: 'offline-copy', child_id: KOFI, detail: plan.id },
    ]);
    expect(await auditRows('tom.reilly', 'view-document')).toEqual([]);
    const other = await fetch(
      `${gw.url}/api/v1/children/${KOFI}/documents/${docOf('placement-plan').id}/content?purpose=offline-copy`,
      { headers: { authorization: `Bearer ${token['tom.reilly'] ?? ''}` } },
    );
    expect(other.status).toBe(403);
  });

  it('a Word document, which cannot carry the stamp on each page, is refused rather than saved without it', async () => {
    const referral = docOf('referral-information');
    await db
      .updateTable('documents')
      .set({ mime_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
      .where('id', '=', referral.id)
      .execute();
    const refused = await fetchFile('priya.shah', KOFI, referral.id, 'download');
    expect(refused.status).toBe(415);
    expect(refused.json?.message).toContain('each page must carry the download stamp');
    expect(
      await db.selectFrom('downloads').select('id').where('document_id', '=', referral.id).execute(),
    ).toEqual([]);
  });

  it('a principal worker without all 9 modules is told which to complete', async () => {
    const refused = await fetchFile('grace.adeyemi', KOFI, docOf('cla-pathway-plan').id, 'download');
    expect(refused.status).toBe(403);
    expect(refused.json?.message).toBe('To download documents, complete training modules 7, 8, 9.');
  });
});

describe('another home’s child (DOMAIN.md: any other child does not exist for staff)', () => {
  it('answers 404 exactly as an unknown child, for the view, the download and a discussion', async () => {
    const plan = docOf('cla-care-plan');
    const other = await fetchFile('daniel.osei', KOFI, plan.id, 'download');
    const unknown = await fetchFile('daniel.osei', 'child-nobody', plan.id, 'download');
    expect(other.status).toBe(404);
    expect(other.json).toEqual(unknown.json);
    expect((await fetchFile('daniel.osei', KOFI, plan.id, 'content')).status).toBe(404);
    const discussed = await call(
      gw.url,
      'POST',
      `/api/v1/children/${KOFI}/documents/${plan.id}/discussions`,
      {
        token: token['daniel.osei'],
        body: discussion,
      },
    );
    expect(discussed.status).toBe(404);
  });

  it('a document of another child of the same home is not found through this child', async () => {
    const ama = DocumentList.parse(
      (
        await call(gw.url, 'GET', '/api/v1/children/child-ama-mensah-clarke/documents', {
          token: token['priya.shah'],
        })
      ).body,
    ).documents.find((d) => d.type === 'cla-care-plan');
    expect(ama).toBeDefined();
    expect((await fetchFile('priya.shah', KOFI, ama?.id ?? '', 'download')).status).toBe(404);
  });
});

describe('children who are no longer, or only partly, open to the home', () => {
  const firstDocumentOf = (childId: string) =>
    db
      .selectFrom('documents')
      .select('id')
      .where('child_id', '=', childId)
      .where('type', '=', 'cla-care-plan')
      .executeTakeFirstOrThrow();

  it('a child who has left the home is not found (DOMAIN.md: placed in the home now)', async () => {
    const { id } = await firstDocumentOf('child-ethan-brooks');
    expect((await fetchFile('priya.shah', 'child-ethan-brooks', id, 'download')).status).toBe(404);
    expect((await fetchFile('priya.shah', 'child-ethan-brooks', id, 'content')).status).toBe(404);
  });

  it('002 §6.2: a restricted record’s documents are neither viewed nor downloaded', async () => {
    const { id } = await firstDocumentOf('child-tyler-obi');
    const refused = await fetchFile('daniel.osei', 'child-tyler-obi', id, 'download');
    expect(refused.status).toBe(403);
    expect(refused.json?.error).toBe('restricted');
    expect((await fetchFile('daniel.osei', 'child-tyler-obi', id, 'content')).json?.error).toBe('restricted');
  });
});

describe('002 §4.3: a confidential document is never viewed or downloaded', () => {
  it('does not exist for home staff, even after a "discussion"', async () => {
    const row = await db
      .selectFrom('documents')
      .select('id')
      .where('child_id', '=', KOFI)
      .where('type', '=', 'therapy-report')
      .executeTakeFirstOrThrow();
    const path = `/api/v1/children/${KOFI}/documents/${row.id}`;
    const discussed = await call(gw.url, 'POST', `${path}/discussions`, {
      token: token['priya.shah'],
      body: discussion,
    });
    expect(discussed.status).toBe(404);
    expect((await fetchFile('priya.shah', KOFI, row.id, 'download')).status).toBe(404);
    expect((await fetchFile('priya.shah', KOFI, row.id, 'content')).status).toBe(404);
  });
});

describe('a non-permitted document (001: discussed with the allocated social worker first)', () => {
  it('is refused with no discussion, then downloads once the person recorded one, and only for them', async () => {
    const plan = docOf('placement-plan');
    const before = await fetchFile('priya.shah', KOFI, plan.id, 'download');
    expect(before.status).toBe(403);
    expect(before.json?.message).toBe(NEEDS_DISCUSSION);

    const recorded = await call(gw.url, 'POST', `/api/v1/children/${KOFI}/documents/${plan.id}/discussions`, {
      token: token['priya.shah'],
      body: discussion,
    });
    expect(recorded.status).toBe(201);
    expect(RecordedDiscussion.parse(recorded.body)).toMatchObject({
      documentId: plan.id,
      consultedName: 'James Whitlock',
    });

    const after = await fetchFile('priya.shah', KOFI, plan.id, 'download');
    expect(after.status).toBe(200);
    expect((await pdfText(after.bytes))[0]).toContain('Downloaded by Priya Shah on 25/11/2026 from Mosaic.');
    const sha = createHash('sha256').update(after.bytes).digest('hex');
    const logged = await db
      .selectFrom('downloads')
      .selectAll()
      .where('sha256', '=', sha)
      .executeTakeFirstOrThrow();
    expect(logged.basis).toBe('discussed-with-social-worker');
    expect(logged.discussion_id).toBe(RecordedDiscussion.parse(recorded.body).id);
    expect(await auditRows('priya.shah', 'discussion-recorded')).toContainEqual({
      action: 'discussion-recorded',
      child_id: KOFI,
      detail: `document:${plan.id} with James Whitlock (Allocated social worker)`,
    });

    // The discussion is Priya's: her assistant manager still needs their own.
    expect((await fetchFile('tom.reilly', KOFI, plan.id, 'download')).status).toBe(403);
    // And it opens that document only.
    expect((await fetchFile('priya.shah', KOFI, docOf('chronology').id, 'download')).status).toBe(403);
  });

  it('refuses a discussion dated in the future or without a reason, and one by read-only staff', async () => {
    const path = `/api/v1/children/${KOFI}/documents/${docOf('chronology').id}/discussions`;
    const future = await call(gw.url, 'POST', path, {
      token: token['priya.shah'],
      body: { ...discussion, discussedAt: '2026-11-26T09:00:00Z' },
    });
    expect(future.status).toBe(400);
    const noReason = await call(gw.url, 'POST', path, {
      token: token['priya.shah'],
      body: { ...discussion, reason: '' },
    });
    expect(noReason.status).toBe(400);
    const readOnly = await call(gw.url, 'POST', path, { token: token['sam.fletcher'], body: discussion });
    expect(readOnly.status).toBe(403);
    expect((await fetchFile('priya.shah', KOFI, docOf('chronology').id, 'download')).status).toBe(403);
  });
});

describe('the home’s settings: the file-name pattern and who may download (a role setting)', () => {
  it('only managers change them; a bad pattern is refused with the reason', async () => {
    const put = (who: string, body: unknown) =>
      call(gw.url, 'PUT', '/api/v1/home/download-settings', { token: token[who], body });
    expect((await put('sam.fletcher', { pattern: '{title}.pdf', downloadRoles: ['rccw'] })).status).toBe(403);
    const bad = await put('priya.shah', { pattern: '../{title}.pdf', downloadRoles: ['registered-manager'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('would leave or repeat the folder');
  });

  it('a new pattern names the next download; a role taken off the list can no longer download', async () => {
    const saved = await call(gw.url, 'PUT', '/api/v1/home/download-settings', {
      token: token['priya.shah'],
      body: { pattern: 'Children/{mosaicNumber}/{title}.pdf', downloadRoles: ['registered-manager', 'rccw'] },
    });
    expect(saved.status).toBe(200);
    expect(DownloadSettings.parse(saved.body)).toMatchObject({
      updatedBy: 'Priya Shah',
      downloadRoles: ['registered-manager', 'rccw'],
    });
    const plan = docOf('health-assessment');
    const answer = await fetchFile('priya.shah', KOFI, plan.id, 'download');
    expect(decodeURIComponent(answer.headers.get(FILE_NAME_HEADER) ?? '')).toBe(
      `Children/4107732/${plan.title.replaceAll('/', '-')}.pdf`,
    );
    // Assistant managers are no longer on the list.
    expect((await fetchFile('tom.reilly', KOFI, plan.id, 'download')).json?.message).toContain(
      'not download them',
    );
    // A care worker on the list still needs all 9 modules (Sam has 2).
    expect((await fetchFile('sam.fletcher', KOFI, plan.id, 'download')).json?.message).toContain(
      'complete training modules 3, 4',
    );
  });
});
