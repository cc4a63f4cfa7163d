/**
 * The managers' review of the audit over the real gateway and a real SQLite file (001: "All
 * entries, enquiries and records viewed are digitally logged against each staff member's account
 * history and can be reviewed by management"; DOMAIN.md "Audit": managers review and export it,
 * nobody edits or deletes it, a tampered log must be detectable).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditExport, AuditFilterOptions, AuditPage } from '../../shared/api/audit-review.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { chainNext } from '../../shared/domain/audit-chain.ts';
import { sha256Hex } from '../audit/chain.ts';
import { NOT_YOUR_CHILD } from '../audit/ingest.ts';
import { NOT_THIS_HOME } from '../audit/review.ts';
import { openDatabase } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { call, newDevice, signIn, startSeededGateway, type SeededGateway } from '../testing/client.ts';
import { MANAGERS_ONLY } from './audit-review.ts';

let gw: SeededGateway;
let db: Kysely<Database>;
const tokens: Record<string, string> = {};
const LEO = 'child-leo-hartley';
const KOFI = 'child-kofi-mensah';
const SAM = 'staff-sam-fletcher';
/** Placed in Harbour View: for Larchfield's people she does not exist. */
const MAYA = 'child-maya-lindqvist';
/** What Sam typed into the children search: a spreadsheet formula and CSV's own special characters. */
const FORMULA_SEARCH = '=HYPERLINK("http://evil.example","Leo")';
const QUOTED_SEARCH = 'Hartley, "Leo"';

const as = (who: string, path: string) => call(gw.url, 'GET', path, { token: tokens[who] ?? '' });
const page = async (who: string, query: string) => {
  const answer = await as(who, `/api/v1/audit?${query}`);
  expect(answer.status).toBe(200);
  return AuditPage.parse(answer.body);
};

beforeAll(async () => {
  gw = await startSeededGateway('audit-review');
  db = openDatabase(gw.dataDir);
  for (const who of ['priya.shah', 'tom.reilly', 'sam.fletcher', 'daniel.osei'])
    tokens[who] = (await signIn(gw.url, who)).tokens.accessToken;
  // Sam's shift: each request is one audited event, a minute apart, on days England reads as given.
  gw.time.set('2026-10-01T23:30:00.000Z'); // 00:30 BST on 2 October in England
  await as('sam.fletcher', `/api/v1/children/${LEO}`);
  gw.time.set('2026-11-03T09:00:00.000Z');
  await as('sam.fletcher', '/api/v1/children');
  gw.time.advance(60_000);
  await as('sam.fletcher', `/api/v1/children/${LEO}/case-notes`);
  gw.time.advance(60_000);
  await as('sam.fletcher', `/api/v1/children/${KOFI}`);
  gw.time.advance(60_000);
  await as('sam.fletcher', `/api/v1/children?q=${encodeURIComponent(FORMULA_SEARCH)}`);
  gw.time.advance(60_000);
  await as('sam.fletcher', `/api/v1/children?q=${encodeURIComponent(QUOTED_SEARCH)}`);
  gw.time.advance(60_000);
  await as('sam.fletcher', `/api/v1/children/${LEO}`);
  // Harbour View's own events, which Larchfield's managers must never see.
  await as('daniel.osei', '/api/v1/children');
  gw.time.set('2026-11-25T10:00:00.000Z');
}, 60_000);
afterAll(async () => {
  await db.destroy();
  await gw.close();
});

describe('GET /api/v1/audit (managers only, their home only)', () => {
  it('001: a manager filters by child and action, newest first, each row with who, which child, device and when', async () => {
    const result = await page('priya.shah', `childId=${LEO}&action=view-summary`);
    expect(result.total).toBe(2);
    expect(result.rows.map((r) => r.at)).toEqual(['2026-11-03T09:05:00.000Z', '2026-10-01T23:30:00.000Z']);
    expect(result.rows[0]).toMatchObject({
      person: { id: SAM, name: 'Sam Fletcher', role: 'Residential Child Care Worker' },
      child: { id: LEO, name: 'Leo Hartley' },
      action: 'view-summary',
      actionLabel: 'Viewed a child’s summary',
      device: 'Office laptop',
      offline: false,
      refusedReason: null,
    });
  });

  it('001: filters by person, and by England dates (00:30 BST on 2 October is 2 October, not 1 October)', async () => {
    const sams = await page('priya.shah', `staffId=${SAM}&limit=200`);
    expect(sams.rows.every((r) => r.person?.id === SAM)).toBe(true);
    expect(sams.rows.map((r) => r.action)).toContain('sign-in');
    const second = await page('priya.shah', `staffId=${SAM}&from=2026-10-02&to=2026-10-02`);
    expect(second.rows.map((r) => r.at)).toEqual(['2026-10-01T23:30:00.000Z']);
    const first = await page('priya.shah', `staffId=${SAM}&from=2026-10-01&to=2026-10-01`);
    expect(first.rows).toEqual([]);
    const backwards = await as('priya.shah', '/api/v1/audit?from=2026-11-03&to=2026-11-01');
    expect(backwards.status).toBe(400);
  });

  it('DOMAIN.md audit: pages follow one another without gaps or repeats (keyset cursor)', async () => {
    const all = await page('priya.shah', `staffId=${SAM}&limit=200`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: AuditPage = await page(
        'priya.shah',
        `staffId=${SAM}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(next.rows.length).toBeLessThanOrEqual(2);
      seen.push(...next.rows.map((r) => r.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.rows.map((r) => r.id));
    expect(seen.length).toBe(all.total);
    expect((await as('priya.shah', '/api/v1/audit?cursor=not-a-cursor')).status).toBe(400);
  });

  it('001: residential staff are refused with 403 on every audit route, and the refusal is audited', async () => {
    for (const path of [
      '/api/v1/audit',
      '/api/v1/audit/filter-options',
      '/api/v1/audit/export?format=csv',
      '/api/v1/audit/verify',
    ]) {
      const answer = await as('sam.fletcher', path);
      expect(answer.status).toBe(403);
      expect(ApiError.parse(answer.body).message).toBe(MANAGERS_ONLY);
    }
    const refusals = await page('priya.shah', `staffId=${SAM}&action=access-refused`);
    expect(refusals.rows.map((r) => r.detail)).toContain('not-a-manager: GET /api/v1/audit/verify');
  });

  it("DOMAIN.md: another home's manager sees nothing of this home, not even by naming its child", async () => {
    const leo = await page('daniel.osei', `childId=${LEO}`);
    expect(leo).toEqual({ rows: [], total: 0, nextCursor: null });
    const sam = await page('daniel.osei', `staffId=${SAM}`);
    expect(sam.total).toBe(0);
    const everything = await page('daniel.osei', 'limit=200');
    expect(everything.rows.length).toBeGreaterThan(0);
    expect(everything.rows.every((r) => r.person?.id === 'staff-daniel-osei')).toBe(true);
    const options = AuditFilterOptions.parse((await as('daniel.osei', '/api/v1/audit/filter-options')).body);
    expect(options.children.map((c) => c.id)).not.toContain(LEO);
    expect(options.people.map((p) => p.id)).not.toContain(SAM);
  });

  it("DOMAIN.md: a refused device event shows why, and never names another home's child", async () => {
    const device = newDevice('Night office PC');
    const token = (await signIn(gw.url, 'sam.fletcher', device)).tokens.accessToken;
    const chainId = randomUUID();
    const content = {
      id: randomUUID(),
      at: '2026-11-24T22:00:00.000Z',
      action: 'view-summary' as const,
      childId: MAYA,
      detail: null,
      offline: true,
    };
    const link = await chainNext(sha256Hex, null, {
      ...content,
      chainId,
      staffId: SAM,
      homeId: 'home-larchfield',
      deviceId: device.id,
    });
    const answer = await call(gw.url, 'POST', '/api/v1/audit/events', {
      token,
      body: {
        deviceId: device.id,
        staffId: SAM,
        events: [{ ...content, chainId, seq: 1, prevHash: link.prevHash, hash: link.hash }],
      },
    });
    expect(answer.status).toBe(200);
    const [row] = (await page('priya.shah', `childId=${MAYA}`)).rows;
    expect(row).toMatchObject({
      id: content.id,
      child: { id: MAYA, name: NOT_THIS_HOME },
      device: 'Night office PC',
      offline: true,
      refusedReason: NOT_YOUR_CHILD,
    });
  });

  it('DOMAIN.md audit: looking at the audit is itself audited, with the filters in words', async () => {
    await page('tom.reilly', `childId=${KOFI}`);
    const viewed = await page('priya.shah', 'staffId=staff-tom-reilly&action=audit-viewed');
    expect(viewed.rows[0]?.detail).toBe('Child: Kofi Mensah');
  });

  it('issue 7: no route edits or deletes an event', async () => {
    const [event] = (await page('priya.shah', 'limit=1')).rows;
    for (const method of ['PUT', 'PATCH', 'DELETE'])
      for (const path of ['/api/v1/audit', '/api/v1/audit/events', `/api/v1/audit/${event?.id ?? ''}`]) {
        const answer = await call(gw.url, method, path, { token: tokens['priya.shah'] ?? '', body: {} });
        expect([404, 405]).toContain(answer.status);
      }
    expect(
      await db
        .selectFrom('audit_events')
        .select('id')
        .where('id', '=', event?.id ?? '')
        .execute(),
    ).toHaveLength(1);
  });
});

describe('GET /api/v1/audit/export', () => {
  const exportAs = async (query: string) => {
    const answer = await as('priya.shah', `/api/v1/audit/export?${query}`);
    expect(answer.status).toBe(200);
    const file = AuditExport.parse(answer.body);
    return { file, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) };
  };

  it('CSV: every event that matches, escaped, and a typed formula never runs in a spreadsheet', async () => {
    const { file, bytes } = await exportAs(`format=csv&staffId=${SAM}&action=search-children`);
    expect(file).toMatchObject({ mimeType: 'text/csv', rowCount: 2, truncated: false });
    expect(file.fileName).toBe('Audit of Larchfield House - 25-11-2026.csv');
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'When (England),When (UTC),Person,Role,Child,Action,Detail,Device,Online or offline,Refused because',
    );
    expect(lines[1]).toBe(
      '03/11/2026 09:04:00,2026-11-03T09:04:00.000Z,Sam Fletcher,Residential Child Care Worker,,Searched the children,' +
        '"Hartley, ""Leo""",Office laptop,Online,',
    );
    // The formula keeps its words but starts with an apostrophe: a spreadsheet shows it as text.
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"",""Leo"")",`);
    expect(lines).toHaveLength(4); // header, two events, and the final line end
  });

  it('PDF: real text a reader can search, with the home, the filters, who exported it, and the events', async () => {
    const { file, bytes } = await exportAs(`format=pdf&childId=${LEO}&action=view-summary`);
    expect(file).toMatchObject({ mimeType: 'application/pdf', rowCount: 2 });
    const pdf = await pdfText(bytes);
    expect(pdf.title).toBe('Audit of Larchfield House');
    expect(pdf.text).toContain('Filters: Child: Leo Hartley; Action: Viewed a child’s summary');
    expect(pdf.text).toContain(
      'Exported by Priya Shah, Registered Manager, on 25/11/2026 10:00:00. 2 events',
    );
    expect(pdf.text).toContain('02/10/2026');
    expect(pdf.text.match(/Sam Fletcher/g)).toHaveLength(2);
    expect(pdf.pageTexts[0]).toContain('Page 1 of 1');
    expect(pdf.pageTexts[0]).toContain('OFFICIAL-SENSITIVE');
  });

  it('DOMAIN.md audit: each export is itself audited, with its format and filters', async () => {
    gw.time.advance(1000);
    await exportAs('format=csv&action=upload');
    const exported = await page('priya.shah', 'action=audit-exported');
    expect(exported.rows[0]?.detail).toBe('CSV, 0 events. Action: Uploaded a document');
  });
});
