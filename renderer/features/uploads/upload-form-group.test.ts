// Group documents on the upload form (issue 8; guidance 004 "The Group allows you to select which
// children the information should be recorded on"; "Name of the child/family").
import { describe, expect, test } from 'vitest';
import type { FileCheck } from './file-check.ts';
import { checkUploadForm, emptyForm, FIELD, titleOf, type UploadFormState } from './upload-form.ts';

const context = {
  children: [
    { id: 'child-kofi-mensah', fullName: 'Kofi Mensah' },
    { id: 'child-ama-mensah-clarke', fullName: 'Ama Mensah-Clarke' },
    { id: 'child-leo-hartley', fullName: 'Leo Hartley' },
  ],
  today: '2026-11-04',
  group: { name: 'Mensah, Mensah-Clarke BN12 6RD', memberIds: ['child-ama-mensah-clarke'] },
};
const PDF_OK: FileCheck = { ok: true, mimeType: 'application/pdf' };

const filled = (changes: Partial<UploadFormState> = {}): UploadFormState => ({
  ...emptyForm('child-kofi-mensah'),
  files: [{ key: 'a', file: new File(['%PDF-1.7'], 'plan.pdf'), titleOverride: null }],
  documentType: 'support-plan',
  date: { day: '31', month: '10', year: '2026' },
  onBehalf: 'no',
  ...changes,
});

describe('a group document on the upload form (issue 8)', () => {
  test('about one child only: the child’s name, and no group members sent', () => {
    const checked = checkUploadForm(filled(), [PDF_OK], context, 'staff-priya');
    expect(checked.ok && checked.requests[0]?.meta).toMatchObject({
      title: 'Kofi Mensah - Support Plan - 31/10/2026',
      childId: 'child-kofi-mensah',
    });
    expect(checked.ok && checked.requests[0]?.meta.groupChildIds).toBeUndefined();
  });

  test('a sibling ticked: ONE item for both, the child first, titled with the group’s name (004)', () => {
    const form = filled({ alsoFor: ['child-ama-mensah-clarke'] });
    expect(titleOf(form, 0, context)).toBe('Mensah, Mensah-Clarke BN12 6RD - Support Plan - 31/10/2026');
    const checked = checkUploadForm(form, [PDF_OK], context, 'staff-priya');
    expect(checked.ok && checked.requests).toHaveLength(1);
    expect(checked.ok && checked.requests[0]?.meta).toMatchObject({
      childId: 'child-kofi-mensah',
      groupChildIds: 'child-kofi-mensah,child-ama-mensah-clarke',
      title: 'Mensah, Mensah-Clarke BN12 6RD - Support Plan - 31/10/2026',
    });
  });

  test('a child who is not a sibling in this home cannot be added', () => {
    const checked = checkUploadForm(
      filled({ alsoFor: ['child-leo-hartley'] }),
      [PDF_OK],
      context,
      'staff-priya',
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.fields[FIELD.alsoFor]).toContain('siblings');
  });

  test('a title typed with one child’s name is refused for a group document', () => {
    const form = filled({
      alsoFor: ['child-ama-mensah-clarke'],
      files: [
        {
          key: 'a',
          file: new File(['%PDF-1.7'], 'plan.pdf'),
          titleOverride: 'Kofi Mensah - Support Plan - 31/10/2026',
        },
      ],
    });
    const checked = checkUploadForm(form, [PDF_OK], context, 'staff-priya');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.fields[FIELD.title(0)]).toContain('Mensah, Mensah-Clarke BN12 6RD');
  });
});
