/** Who may download which document (guidance 001 "Downloading documents from Mosaic"; 002 §4.3). */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from './catalogue.ts';
import {
  DEFAULT_DOWNLOAD_ROLES,
  DiscussionDetails,
  discussionTimeProblem,
  documentDownloadRule,
  downloadRight,
} from './downloads.ts';
import { ALL_MODULES } from './training.ts';

describe('who may download (a role setting, 001)', () => {
  it('defaults to registered managers, assistant managers and principal workers', () => {
    expect(DEFAULT_DOWNLOAD_ROLES).toEqual(['registered-manager', 'assistant-manager', 'principal-rccw']);
  });

  it('needs the role in the setting and all 9 training modules', () => {
    const full = ALL_MODULES;
    expect(
      downloadRight({ role: 'registered-manager', completedModules: full }, DEFAULT_DOWNLOAD_ROLES),
    ).toEqual({ ok: true });
    const rccw = downloadRight({ role: 'rccw', completedModules: full }, DEFAULT_DOWNLOAD_ROLES);
    expect(rccw.ok).toBe(false);
    const partTrained = downloadRight(
      { role: 'principal-rccw', completedModules: [1, 2, 3, 4, 5, 6] },
      DEFAULT_DOWNLOAD_ROLES,
    );
    expect(partTrained).toEqual({
      ok: false,
      reason: 'To download documents, complete training modules 7, 8, 9.',
    });
  });

  it('follows the home’s setting: a home may let trained care workers download, or stop a role', () => {
    expect(
      downloadRight({ role: 'rccw', completedModules: ALL_MODULES }, ['registered-manager', 'rccw']).ok,
    ).toBe(true);
    expect(
      downloadRight({ role: 'assistant-manager', completedModules: ALL_MODULES }, ['registered-manager']).ok,
    ).toBe(false);
  });
});

describe('which documents (001: seven permitted types; others after a recorded discussion)', () => {
  it('allows exactly the seven permitted types without a discussion', () => {
    const allowed = DOCUMENT_TYPES.filter(
      (t) => documentDownloadRule({ type: t.id, confidential: false, discussionRecorded: false }).ok,
    ).map((t) => t.label);
    expect(allowed).toEqual([
      'Referral Information',
      'Statutory social work assessment',
      'Child Looked After Care Plan',
      'Child Looked After Pathway Plan',
      'Child Looked After Review Report',
      'Child Looked After Delegated Authority form',
      'Initial or Review Health Assessment',
    ]);
  });

  it('allows another type once a discussion is recorded, and says so', () => {
    expect(
      documentDownloadRule({ type: 'placement-plan', confidential: false, discussionRecorded: false }),
    ).toMatchObject({ ok: false, why: 'needs-discussion' });
    expect(
      documentDownloadRule({ type: 'placement-plan', confidential: false, discussionRecorded: true }),
    ).toEqual({ ok: true, basis: 'discussed-with-social-worker' });
  });

  it('002 §4.3: never a confidential document, by its type or its own flag, discussed or not', () => {
    expect(
      documentDownloadRule({ type: 'therapy-report', confidential: false, discussionRecorded: true }),
    ).toMatchObject({ ok: false, why: 'confidential' });
    expect(
      documentDownloadRule({ type: 'cla-care-plan', confidential: true, discussionRecorded: true }),
    ).toMatchObject({ ok: false, why: 'confidential' });
  });
});

describe('the discussion record (001: who was consulted, when, why)', () => {
  const good = {
    consultedName: 'Nadia Rahman',
    consultedRole: 'Allocated social worker',
    discussedAt: '2026-11-24T15:00:00Z',
    reason: 'School needs the placement plan for the PEP meeting.',
  };

  it('needs who, their role, when and a real reason', () => {
    expect(DiscussionDetails.safeParse(good).success).toBe(true);
    for (const field of ['consultedName', 'consultedRole', 'discussedAt', 'reason'] as const) {
      expect(DiscussionDetails.safeParse({ ...good, [field]: '' }).success, field).toBe(false);
    }
    expect(DiscussionDetails.safeParse({ ...good, reason: 'needed' }).success).toBe(false);
  });

  it('cannot be dated in the future', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    expect(discussionTimeProblem('2026-11-25T09:59:00Z', now)).toBeNull();
    expect(discussionTimeProblem('2026-11-25T12:00:00Z', now)).toContain('already have taken place');
  });
});
