// The form marker the gateway checks before it records "no hard copy" (001 hard copies).
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { KeyworkerReportForm } from '../forms/keyworker-report-form.ts';
import { exampleKeyworker } from '../forms/test-forms.ts';
import { isHearthFormPdf } from './form-marker.ts';
import { keyworkerReportPdf } from './keyworker-report-pdf.ts';

describe('isHearthFormPdf', () => {
  it('001: a form Hearth wrote carries the marker', async () => {
    const bytes = await keyworkerReportPdf({
      form: KeyworkerReportForm.parse(exampleKeyworker()),
      title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
      child: { name: 'Leo Hartley', mosaicId: '1048213' },
      completedOn: '2026-10-31',
      uploader: { name: 'Priya Shah', role: 'Registered Manager' },
      createdAt: new Date('2026-10-31T12:00:00Z'),
    });
    expect(await isHearthFormPdf(bytes)).toBe(true);
  });

  it('001: any other PDF (a scan, a combined scan made by Hearth), or bytes that are not a PDF, does not', async () => {
    const scan = await PDFDocument.create();
    scan.addPage();
    // What renderer/features/uploads/combine-images.ts writes: made by Hearth, but from paper.
    scan.setCreator('Hearth');
    scan.setProducer('Hearth');
    expect(await isHearthFormPdf(await scan.save())).toBe(false);
    expect(await isHearthFormPdf(new TextEncoder().encode('%PDF-1.7 not really'))).toBe(false);
  });
});
