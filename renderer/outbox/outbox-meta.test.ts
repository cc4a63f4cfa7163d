// Guidance 001 "Recording requirements" (what the home uploads) and 000 ("Uploaded by X, role, on
// behalf of Y, role"): the outbox accepts only what the gateway will accept, before saving anything.
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../shared/api/uploads.ts';
import { EnqueueMeta, fileProblem, SealedMeta } from './outbox-meta.ts';

const valid = {
  childId: 'child-leo-hartley',
  documentType: 'keyworker-monthly-report',
  title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
  completedOn: '2026-10-31',
  fileName: 'keyworker-october.pdf',
  mimeType: 'application/pdf',
  uploaderStaffId: 'staff-priya-shah',
};

describe('what may be queued', () => {
  it('accepts a document type the home uploads (001)', () => {
    expect(EnqueueMeta.safeParse(valid).success).toBe(true);
  });

  it('refuses a type the home only downloads or never sees', () => {
    expect(EnqueueMeta.safeParse({ ...valid, documentType: 'cla-care-plan' }).success).toBe(false);
    expect(EnqueueMeta.safeParse({ ...valid, documentType: 'therapy-report' }).success).toBe(false);
  });

  it('refuses a file type the gateway does not take, and a date that is not a date', () => {
    expect(EnqueueMeta.safeParse({ ...valid, mimeType: 'application/zip' }).success).toBe(false);
    expect(EnqueueMeta.safeParse({ ...valid, completedOn: '31/10/2026' }).success).toBe(false);
  });

  it('needs both the author’s name and role for "on behalf of" (000)', () => {
    expect(EnqueueMeta.safeParse({ ...valid, authorName: 'Sam Fletcher' }).success).toBe(false);
    expect(
      EnqueueMeta.safeParse({
        ...valid,
        authorName: 'Sam Fletcher',
        authorRole: 'Residential Child Care Worker',
      }).success,
    ).toBe(true);
  });

  it('refuses an empty file and one over the limit, and says why', () => {
    expect(fileProblem(new Blob([]))).toMatch(/empty/);
    expect(fileProblem(new Blob([new Uint8Array(10)]))).toBeNull();
    expect(fileProblem({ size: MAX_UPLOAD_BYTES + 1 })).toMatch(/larger than 50 MB/);
  });
});

describe('where a queued document came from (001 hard copies)', () => {
  it('keeps "hearth-form" for a form written in Hearth, and leaves a file’s origin absent (a file)', () => {
    const form = EnqueueMeta.safeParse({ ...valid, origin: 'hearth-form' });
    expect(form.success && form.data.origin).toBe('hearth-form');
    const file = EnqueueMeta.safeParse(valid);
    expect(file.success && file.data.origin).toBe(undefined);
    expect(SealedMeta.safeParse({ ...valid, sha256: 'a'.repeat(64), origin: 'hearth-form' }).success).toBe(
      true,
    );
  });

  it('refuses an origin the gateway does not know', () => {
    expect(EnqueueMeta.safeParse({ ...valid, origin: 'email' }).success).toBe(false);
  });
});
