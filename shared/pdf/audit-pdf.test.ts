// The audit's PDF export read back with pdf.js (issue 7: "export as CSV and as PDF"; 001: reviewed
// by management). An audit must not lose words: long cells wrap, every event is there across
// pages, and each page repeats the column headings and says which page of how many it is.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text.ts';
import { auditPdf, type AuditPdfInput } from './audit-pdf.ts';

const base: AuditPdfInput = {
  homeName: 'Larchfield House',
  filtersText: 'Child: Leo Hartley',
  exportedBy: { name: 'Priya Shah', role: 'Registered Manager' },
  exportedAtText: '25/11/2026 10:00:00',
  createdAt: new Date('2026-11-25T10:00:00.000Z'),
  rows: [],
};

const row = (n: number, detail: string | null = null) => [
  '24/11/2026 18:30:00',
  '2026-11-24T18:30:00.000Z',
  `Person ${n}`,
  'Residential Child Care Worker',
  'Leo Hartley',
  'Viewed a child’s summary',
  detail,
  'Office laptop',
  'Online',
  null,
];

describe('auditPdf', () => {
  it('says when no event matches, with the heading and footer', async () => {
    const pdf = await pdfText(await auditPdf(base));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain('Audit of Larchfield House');
    expect(pdf.text).toContain('Filters: Child: Leo Hartley');
    expect(pdf.text).toContain('0 events, newest first.');
    expect(pdf.text).toContain('No events match these filters.');
    expect(pdf.pageTexts[0]).toContain('OFFICIAL-SENSITIVE');
  });

  it('holds every event over several pages, headings repeated, long cells wrapped not cut', async () => {
    const long = 'searched for ' + 'wordy '.repeat(30) + 'END-OF-DETAIL';
    const rows = Array.from({ length: 120 }, (_, n) => row(n + 1, n === 60 ? long : null));
    const pdf = await pdfText(await auditPdf({ ...base, rows }));
    expect(pdf.pages.length).toBeGreaterThan(2);
    for (const [index, page] of pdf.pageTexts.entries()) {
      expect(page).toContain('When (England)');
      expect(page).toContain(`Page ${index + 1} of ${pdf.pages.length}`);
    }
    for (let n = 1; n <= 120; n++) expect(pdf.text).toMatch(new RegExp(`Person ${n}\\b`));
    expect(pdf.text).toContain('END-OF-DETAIL');
    expect(pdf.text.match(/wordy/g)).toHaveLength(30);
  });

  it('warns on the first page when the export was cut at its limit', async () => {
    const pdf = await pdfText(
      await auditPdf({ ...base, rows: [row(1)], truncatedNote: 'More than 20000 events match.' }),
    );
    expect(pdf.pageTexts[0]).toContain('More than 20000 events match.');
  });
});
