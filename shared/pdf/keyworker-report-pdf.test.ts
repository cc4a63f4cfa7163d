// Keyworker report PDFs read back with pdf.js (001 "Recording requirements"; 000 "on behalf of";
// issue 5: "Every PDF is real text").
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text.ts';
import { KEYWORKER_SECTIONS, KeyworkerReportForm, keyworkerTitle } from '../forms/keyworker-report-form.ts';
import { exampleKeyworker } from '../forms/test-forms.ts';
import { keyworkerReportPdf } from './keyworker-report-pdf.ts';

const child = { name: 'Leo Hartley', mosaicId: '1048213' };
const uploader = { name: 'Priya Shah', role: 'Registered Manager' };

async function textOf(input: Parameters<typeof KeyworkerReportForm.parse>[0], completedOn = '2026-10-31') {
  const form = KeyworkerReportForm.parse(input);
  const title = keyworkerTitle(child.name, form, completedOn);
  const bytes = await keyworkerReportPdf({
    form,
    title,
    child,
    completedOn,
    uploader,
    createdAt: new Date(0),
  });
  const read = await pdfText(bytes);
  // Wrapped lines joined: a long value reads on as one run of text.
  return { form, docTitle: title, ...read, text: read.text.replace(/\s+/g, ' ') };
}

describe('keyworker report PDFs', () => {
  it('the monthly report carries the period, the keyworker and every section as text', async () => {
    const { form, text, docTitle: title } = await textOf(exampleKeyworker());
    expect(title).toBe('Leo Hartley - Keyworker monthly report October - 31/10/2026');
    expect(text).toContain(title);
    expect(text).toContain('Mosaic reference number 1048213');
    expect(text).toContain('Period covered 01/10/2026 to 31/10/2026');
    expect(text).toContain('Keyworker Sam Fletcher, Residential Child Care Worker');
    for (const section of KEYWORKER_SECTIONS) {
      expect(text).toContain(section.heading);
      expect(text).toContain(form[section.id]);
    }
    // The child's views come first.
    expect(text.indexOf(KEYWORKER_SECTIONS[0].heading)).toBeLessThan(text.indexOf('Education'));
  });

  it('000: a manager queueing the keyworker’s report is named as uploading it on their behalf', async () => {
    const { text } = await textOf(exampleKeyworker());
    expect(text).toContain(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
  });

  it('the report for a CLA review gives the review date and what the child wants discussed', async () => {
    const { text } = await textOf(
      exampleKeyworker({
        kind: 'keyworker-cla-review-report',
        reviewDate: '2026-11-12',
        forTheReview: 'Leo wants to talk about seeing his brother more often.',
      }),
      '2026-11-06',
    );
    expect(text).toContain('Report Keyworker report for CLA review');
    expect(text).toContain('Date of the CLA review 12/11/2026');
    expect(text).toContain('Leo wants to talk about seeing his brother more often.');
  });
});
