/**
 * A granted restricted record's documents, over real HTTP (002 §6.2; DOMAIN.md "Restricted
 * (shielded) records"): once the council grants a person's access request, that person, and only
 * they, may open the record's documents in the viewer and download them under the usual download
 * rules (001), while the grant lasts (30 days); each view is audited with the grant it rests on;
 * nothing of the record is handed out as an offline copy for the shared computer. Real gateway,
 * real SQLite, the demo data; the clock is the test's, so the grant can run out.
 * Harbour View: marcus.hill (RCCW, read only), ellie.watts (Principal RCCW, 9 modules: may
 * download), kieran.doyle (bank RCCW) and daniel.osei (Registered Manager) without a grant.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessRequestAnswer } from '../../shared/api/access-requests.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { FILE_NAME_HEADER } from '../../shared/api/downloads.ts';
import { DocumentList, type DocumentListItem } from '../../shared/api/records.ts';
import { GRANT_DAYS } from '../../shared/domain/access-requests.ts';
import { documentType } from '../../shared/domain/catalogue.ts';
import { DAY } from '../clock.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { pdfText } from '../testing/pdf-text.ts';
import { NOT_KEPT_WHEN_RESTRICTED } from './downloads.ts';

const COUNCIL_TOKEN = 'council-service-token-granted-docs-0123456789abcdef';
const TYLER = '/api/v1/children/child-tyler-obi';
let gw: SeededGateway;
let db: Kysely<Database>;
const token: Record<string, string> = {};
let documents: DocumentListItem[] = [];
const grants: Record<string, string> = {};

const signInAll = async () => {
  for (const who of ['marcus.hill', 'ellie.watts', 'kieran.doyle', 'daniel.osei'])
    token[who] = (await signIn(gw.url, who)).tokens.accessToken;
};

/** Asks with a reason and has the council grant it: the request's id. */
async function granted(who: string, reason: string): Promise<string> {
  const asked = await call(gw.url, 'POST', `${TYLER}/access-requests`, {
    token: token[who],
    body: { reason },
  });
  const id = AccessRequestAnswer.parse(asked.body).request.id;
  const decided = await call(gw.url, 'POST', `/api/v1/council/access-requests/${id}/decision`, {
    token: COUNCIL_TOKEN,
    body: { decision: 'granted', decidedBy: 'Jo Quinn, Mosaic Support' },
  });
  expect(decided.status).toBe(200);
  return id;
}

beforeAll(async () => {
  gw = await startSeededGateway('granted-docs', { councilApiToken: COUNCIL_TOKEN });
  db = openDatabase(gw.dataDir);
  await signInAll();
  grants['marcus.hill'] = await granted('marcus.hill', 'I key-work Tyler and need his plans for his review.');
  grants['ellie.watts'] = await granted(
    'ellie.watts',
    'I lead Tyler’s placement and must file his care plan.',
  );
  const list = await call(gw.url, 'GET', `${TYLER}/documents`, { token: token['marcus.hill'] });
  documents = DocumentList.parse(list.body).documents;
}, 60_000);

afterAll(async () => {
  await db.destroy();
  await gw.close();
});

const permitted = () => {
  const doc = documents.find(
    (d) => documentType(d.type).permittedDownload && d.mimeType === 'application/pdf',
  );
  if (!doc) throw new Error('Tyler has no permitted PDF in the demo data');
  return doc;
};
const notPermitted = () => {
  const doc = documents.find((d) => !documentType(d.type).permittedDownload);
  if (!doc) throw new Error('Tyler has no document that needs a discussion in the demo data');
  return doc;
};

async function fetchFile(who: string, documentId: string, what: 'content' | 'download' | 'offline') {
  const path = what === 'offline' ? 'content?purpose=offline-copy' : what;
  const response = await fetch(`${gw.url}${TYLER}/documents/${documentId}/${path}`, {
    headers: { authorization: `Bearer ${token[who] ?? ''}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json')
    ? (JSON.parse(new TextDecoder().decode(bytes)) as { error: string; message: string })
    : null;
  return { status: response.status, headers: response.headers, bytes, json };
}

const auditOf = (username: string, action: AuditAction) =>
  db
    .selectFrom('audit_events')
    .innerJoin('staff', 'staff.id', 'audit_events.staff_id')
    .select(['audit_events.child_id', 'audit_events.detail'])
    .where('staff.username', '=', username)
    .where('audit_events.action', '=', action)
    .execute();

describe('002 §6.2: a granted restricted record’s documents, to that person only, while the grant lasts', () => {
  it('002 §6.2: the person whose request was granted opens a document in the viewer; the view is audited with the grant', async () => {
    const doc = permitted();
    const opened = await fetchFile('marcus.hill', doc.id, 'content');
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toContain('application/pdf');
    // Never kept by a browser or proxy on the shared computer.
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect((await pdfText(opened.bytes)).join('\n')).toContain('Tyler Obi');
    const views = await auditOf('marcus.hill', 'view-document');
    expect(views).toEqual([
      {
        child_id: 'child-tyler-obi',
        detail: `${doc.id} restricted: by access request ${grants['marcus.hill'] ?? ''}`,
      },
    ]);
  });

  it('002 §6.2: no offline copy of a granted record’s documents is handed to the device; the attempt is audited', async () => {
    const refused = await fetchFile('marcus.hill', permitted().id, 'offline');
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ error: 'restricted', message: NOT_KEPT_WHEN_RESTRICTED });
    expect(await auditOf('marcus.hill', 'offline-copy')).toEqual([]);
    const refusals = await auditOf('marcus.hill', 'access-refused');
    expect(refusals.map((r) => r.detail)).toContain('restricted: offline copy');
  });

  it('001 with 002 §6.2: a granted person who may download gets the stamped PDF of a permitted document; the usual rules still hold', async () => {
    const plan = await fetchFile('ellie.watts', permitted().id, 'download');
    expect(plan.status).toBe(200);
    expect(decodeURIComponent(plan.headers.get(FILE_NAME_HEADER) ?? '')).toContain('Obi, Tyler (4388120)');
    const text = (await pdfText(plan.bytes)).join('\n');
    expect(text).toContain('Downloaded by Ellie Watts');
    expect(text).toContain('4388120');
    expect(await auditOf('ellie.watts', 'download')).toHaveLength(1);
    // Another record still needs a discussion with the social worker first (001).
    const other = await fetchFile('ellie.watts', notPermitted().id, 'download');
    expect(other.status).toBe(403);
    expect(other.json?.error).toBe('forbidden');
    // Marcus is read only: his grant lets him read, not download (001 roles and training).
    const readOnly = await fetchFile('marcus.hill', permitted().id, 'download');
    expect(readOnly.status).toBe(403);
    expect(readOnly.json?.error).toBe('forbidden');
  });

  it('002 §6.2: a colleague without a grant, the home’s manager included, is refused view and download (403 restricted), audited', async () => {
    for (const who of ['kieran.doyle', 'daniel.osei']) {
      for (const what of ['content', 'download'] as const) {
        const refused = await fetchFile(who, permitted().id, what);
        expect(refused.status).toBe(403);
        expect(refused.json?.error).toBe('restricted');
      }
      expect((await auditOf(who, 'access-refused')).map((r) => r.detail)).toContain('restricted: documents');
      expect(await auditOf(who, 'view-document')).toEqual([]);
    }
  });

  it(`002 §6.2: once the grant has run out (${GRANT_DAYS} days) view and download are refused again`, async () => {
    gw.time.advance((GRANT_DAYS + 1) * DAY);
    await signInAll(); // the old access tokens ran out long before
    for (const who of ['marcus.hill', 'ellie.watts']) {
      for (const what of ['content', 'download'] as const) {
        const refused = await fetchFile(who, permitted().id, what);
        expect(refused.status).toBe(403);
        expect(refused.json?.error).toBe('restricted');
      }
    }
    const list = await call(gw.url, 'GET', `${TYLER}/documents`, { token: token['marcus.hill'] });
    expect(list.status).toBe(403);
  });
});
