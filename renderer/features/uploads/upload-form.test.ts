// The upload form's check (issue 4 "The app"; DOMAIN.md "Uploads"): the title follows the 004
// naming standard for the chosen child and date, "on behalf of" needs a name and a role (000),
// and every refusal is listed for the GOV.UK error summary, linked to its field.
import { describe, expect, test } from 'vitest';
import type { FileCheck } from './file-check.ts';
import {
  checkUploadForm,
  emptyForm,
  FIELD,
  storableFileName,
  titleOf,
  type UploadFormState,
} from './upload-form.ts';

const context = {
  children: [
    { id: 'child-leo-hartley', fullName: 'Leo Hartley' },
    { id: 'child-ruby-ashworth', fullName: 'Ruby Ashworth' },
  ],
  today: '2026-11-04',
};
const pdf = (name: string) => ({ key: name, file: new File(['%PDF-1.7'], name), titleOverride: null });
const PDF_OK: FileCheck = { ok: true, mimeType: 'application/pdf' };

function filled(changes: Partial<UploadFormState> = {}): UploadFormState {
  return {
    ...emptyForm('child-leo-hartley'),
    files: [pdf('october.pdf')],
    documentType: 'keyworker-monthly-report',
    date: { day: '31', month: '10', year: '2026' },
    onBehalf: 'no',
    ...changes,
  };
}

describe('the upload form', () => {
  test('suggests the title from the child’s full name, the type’s label and the date (004)', () => {
    const form = filled();
    expect(titleOf(form, 0, context)).toBe('Leo Hartley - Keyworker monthly report - 31/10/2026');
    expect(titleOf({ ...form, description: 'Keyworker monthly report October' }, 0, context)).toBe(
      'Leo Hartley - Keyworker monthly report October - 31/10/2026',
    );
    // No title until child, description and date are all known.
    expect(titleOf({ ...form, date: { day: '31', month: '', year: '2026' } }, 0, context)).toBe('');
  });

  test('several files become documents titled by part, each checked', () => {
    const form = filled({ files: [pdf('a.pdf'), pdf('b.pdf')], documentType: 'incident-missing' });
    const checked = checkUploadForm(form, [PDF_OK, PDF_OK], context, 'staff-priya');
    expect(checked.ok && checked.requests.map((r) => r.meta.title)).toEqual([
      'Leo Hartley - Incident form: Missing (1 of 2) - 31/10/2026',
      'Leo Hartley - Incident form: Missing (2 of 2) - 31/10/2026',
    ]);
  });

  test('a complete form gives what enqueue needs, with the type the bytes showed and "on behalf of" (000)', () => {
    const form = filled({
      onBehalf: 'yes',
      authorName: ' Dan Ellis ',
      authorRole: 'Residential Child Care Worker',
    });
    const png: FileCheck = { ok: true, mimeType: 'image/png' };
    expect(checkUploadForm(form, [png], context, 'staff-priya')).toEqual({
      ok: true,
      requests: [
        {
          file: form.files[0]?.file,
          meta: {
            childId: 'child-leo-hartley',
            documentType: 'keyworker-monthly-report',
            title: 'Leo Hartley - Keyworker monthly report - 31/10/2026',
            completedOn: '2026-10-31',
            fileName: 'october.pdf',
            mimeType: 'image/png',
            authorName: 'Dan Ellis',
            authorRole: 'Residential Child Care Worker',
            uploaderStaffId: 'staff-priya',
          },
        },
      ],
    });
  });

  test('an empty form lists every problem in page order, each linked to its field', () => {
    const checked = checkUploadForm(emptyForm(), [], context, 'staff-priya');
    expect(checked.ok || checked.summary).toEqual([
      { text: 'Select the child the document is about', fieldId: FIELD.child },
      { text: 'Choose the document to upload', fieldId: FIELD.files },
      { text: 'Select the type of document', fieldId: FIELD.type },
      { text: 'Enter the date the document was completed', fieldId: 'upload-date-day' },
      { text: 'Select yes if someone else wrote this document', fieldId: FIELD.onBehalf },
    ]);
  });

  test('a refused file is named in the summary; the form itself is left exactly as it was', () => {
    const form = filled({ files: [pdf('october.pdf'), pdf('page.pdf')] });
    const before = structuredClone({ ...form, files: form.files.map((f) => f.key) });
    const refused: FileCheck = { ok: false, message: 'page.pdf is a web page (HTML), not a PDF…' };
    const checked = checkUploadForm(form, [PDF_OK, refused], context, 'staff-priya');
    // The link leads to the refused file's own "Remove" button.
    expect(checked.ok || checked.summary).toEqual([
      { text: refused.message, fieldId: FIELD.removeFile('page.pdf') },
    ]);
    expect({ ...form, files: form.files.map((f) => f.key) }).toEqual(before);
  });

  test('"on behalf of" needs both the author’s name and role', () => {
    const checked = checkUploadForm(filled({ onBehalf: 'yes' }), [PDF_OK], context, 'staff-priya');
    expect(checked.ok || checked.summary.map((s) => s.fieldId)).toEqual([FIELD.authorName, FIELD.authorRole]);
  });

  test('an edited title must keep the standard, the chosen child and the date', () => {
    const edit = (titleOverride: string) =>
      checkUploadForm(
        filled({ files: [{ ...pdf('o.pdf'), titleOverride }] }),
        [PDF_OK],
        context,
        'staff-priya',
      );
    expect(edit('Ruby Ashworth - Keyworker monthly report - 31/10/2026')).toMatchObject({
      ok: false,
      summary: [{ text: 'The title must start with "Leo Hartley".', fieldId: FIELD.title(0) }],
    });
    expect(edit('Leo Hartley - Keyworker monthly report - 30/10/2026')).toMatchObject({
      summary: [{ text: 'The title must end with 31/10/2026.' }],
    });
    expect(edit('Leo Hartley keyworker report')).toMatchObject({
      summary: [{ text: expect.stringContaining('Use the naming standard') }],
    });
    expect(edit('leo hartley - October keyworker report - 31/10/2026')).toMatchObject({ ok: true });
  });

  test('file names longer than the contract allows keep their extension', () => {
    const long = `${'a'.repeat(300)}.pdf`;
    expect(storableFileName(long)).toHaveLength(255);
    expect(storableFileName(long).endsWith('.pdf')).toBe(true);
  });
});
