/**
 * The checks made before an upload is created (guidance 001 "Recording requirements"; 000 "on
 * behalf of"; exactly once per outbox id). Pure logic: the HTTP tests cover the same rules end to end.
 */
import { describe, expect, it } from 'vitest';
import { sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { MAX_UPLOAD_BYTES } from '../../shared/api/uploads.ts';
import {
  ABANDONED_AFTER_MS,
  checkBodySize,
  checkExisting,
  checkSize,
  checkTitle,
  checkUploaderRole,
  parseUploadMetadata,
} from './create-check.ts';
import type { OutboxUpload } from './outbox-rows.ts';

const valid = {
  outboxId: '5b0f3c1e-8d3e-4b5e-9a51-0c2f3d4e5f60',
  childId: 'child-leo-hartley',
  documentType: 'keyworker-monthly-report',
  title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
  completedOn: '2026-10-31',
  sha256: 'a'.repeat(64),
  fileName: 'report.pdf',
  mimeType: 'application/pdf',
  queuedAt: '2026-11-25T09:30:00.000Z',
};

const row = (over: Partial<OutboxUpload>): OutboxUpload => ({
  outbox_id: valid.outboxId,
  staff_id: 'staff-priya-shah',
  home_id: 'home-larchfield',
  device_id: '0d3c7a57-3f0e-4c4e-8b8e-2f6d6f0a1b2c',
  child_id: 'child-leo-hartley',
  metadata: '{}',
  size: 10,
  state: 'receiving',
  reason: null,
  document_id: null,
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
  item_key: null,
  ...over,
});

describe('001 what an upload must declare', () => {
  it('001: takes valid metadata, treating empty optional fields as absent', () => {
    const parsed = parseUploadMetadata({ ...valid, authorName: '', authorRole: null });
    expect(parsed).toMatchObject({ ok: true, metadata: { outboxId: valid.outboxId } });
    expect(parsed.ok && parsed.metadata.authorName).toBe(undefined);
  });

  it('001: names each missing or malformed field', () => {
    const parsed = parseUploadMetadata({ ...valid, sha256: 'xyz', outboxId: null });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : (parsed.refusal.issues ?? []).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['metadata.sha256', 'metadata.outboxId']));
  });

  it('000: "on behalf of" needs both the author’s name and role', () => {
    expect(parseUploadMetadata({ ...valid, authorName: 'Sam Fletcher' })).toMatchObject({
      ok: false,
      refusal: { status: 400 },
    });
    expect(parseUploadMetadata({ ...valid, authorName: 'Sam Fletcher', authorRole: 'RCCW' }).ok).toBe(true);
  });

  it('001: only the documents the home uploads (a Child Looked After Care Plan is the social worker’s)', () => {
    expect(parseUploadMetadata({ ...valid, documentType: 'cla-care-plan' })).toMatchObject({
      ok: false,
      refusal: { status: 400 },
    });
    expect(parseUploadMetadata({ ...valid, documentType: 'therapy-report' }).ok).toBe(false);
  });

  it('001: the size must be known, non-zero and within the limit', () => {
    expect(checkSize(undefined)?.status).toBe(400);
    expect(checkSize(0)?.status).toBe(400);
    expect(checkSize(MAX_UPLOAD_BYTES + 1)?.status).toBe(413);
    expect(checkSize(MAX_UPLOAD_BYTES)).toBeNull();
  });

  it('issue 4: a sealed body is held to the limit by the plain file it seals; a length nothing seals to is refused', () => {
    expect(checkBodySize(sealedSizeOf(MAX_UPLOAD_BYTES), true)).toBeNull();
    expect(checkBodySize(sealedSizeOf(MAX_UPLOAD_BYTES + 1), true)?.status).toBe(413);
    // The plain limit is not the sealed one: the same length as a plain body is too big.
    expect(checkBodySize(sealedSizeOf(MAX_UPLOAD_BYTES), false)?.status).toBe(413);
    expect(checkBodySize(sealedSizeOf(0), true)?.message).toBe('The file is empty.');
    expect(checkBodySize(10, true)).toMatchObject({
      status: 400,
      message: expect.stringContaining('sealed'),
    });
    expect(checkBodySize(undefined, true)?.status).toBe(400);
  });
});

describe('004 the title names the child (or their sibling group) and the date completed', () => {
  const meta = (title: string) => {
    const parsed = parseUploadMetadata({ ...valid, title });
    if (!parsed.ok) throw new Error(parsed.refusal.message);
    return parsed.metadata;
  };
  const kofi = { first_name: 'Kofi', last_name: 'Mensah', group_name: 'Mensah, Mensah-Clarke BN12 6RD' };

  it('004: accepts the child’s full name or their group’s name', () => {
    expect(checkTitle(meta('Kofi Mensah - Support Plan - 31/10/2026'), kofi)).toBeNull();
    expect(checkTitle(meta('Mensah, Mensah-Clarke BN12 6RD - Support Plan - 31/10/2026'), kofi)).toBeNull();
  });

  it('004: refuses another name, a wrong date or no standard at all', () => {
    expect(checkTitle(meta('Ama Mensah-Clarke - Support Plan - 31/10/2026'), kofi)?.message).toContain(
      'must start with "Kofi Mensah"',
    );
    expect(checkTitle(meta('Kofi Mensah - Support Plan - 30/10/2026'), kofi)?.message).toContain(
      'must end with 31/10/2026',
    );
    expect(checkTitle(meta('Support plan for Kofi'), kofi)?.status).toBe(400);
  });
});

describe('001 an outbox id makes at most one document', () => {
  const now = new Date('2026-11-25T10:00:05.000Z');
  it('001: refuses a create for an item already received, refused, or being received', () => {
    expect(
      checkExisting(row({ state: 'received', document_id: 'd1' }), 'home-larchfield', false, now)?.status,
    ).toBe(409);
    expect(
      checkExisting(row({ state: 'rejected', reason: 'not a PDF' }), 'home-larchfield', false, now),
    ).toMatchObject({ status: 415, message: 'not a PDF' });
    expect(checkExisting(row({}), 'home-larchfield', true, now)?.status).toBe(409);
    expect(checkExisting(row({}), 'home-harbour-view', false, now)?.status).toBe(409);
  });

  it('001: a receiving item without its upload is taken over only once clearly abandoned', () => {
    // Just created: the upload is being made right now by the request that wrote the row.
    expect(checkExisting(row({}), 'home-larchfield', false, now)?.status).toBe(409);
    const later = new Date(Date.parse(row({}).updated_at) + ABANDONED_AFTER_MS);
    expect(checkExisting(row({}), 'home-larchfield', false, later)).toBeNull();
    expect(checkExisting(undefined, 'home-larchfield', false, now)).toBeNull();
  });
});

describe('001 who may upload which type (the catalogue)', () => {
  const meta = (documentType: string) => {
    const parsed = parseUploadMetadata({ ...valid, documentType });
    if (!parsed.ok) throw new Error(parsed.refusal.message);
    return parsed.metadata;
  };

  it('001: the three upload roles may upload every type the home uploads', () => {
    for (const role of ['registered-manager', 'assistant-manager', 'principal-rccw'] as const) {
      expect(checkUploaderRole(meta('incident-missing'), role), role).toBe(null);
    }
  });

  it('001: a Residential Child Care Worker is refused with a 403 naming the role and the type', () => {
    expect(checkUploaderRole(meta('keyworker-monthly-report'), 'rccw')).toMatchObject({
      status: 403,
      error: 'forbidden',
      message: 'A Residential Child Care Worker may not upload "Keyworker monthly report" (guidance 001).',
    });
  });
});
