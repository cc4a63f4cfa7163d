import { describe, expect, it } from 'vitest';
import {
  CASE_NOTE_TYPES,
  CaseNoteTypeId,
  HIDDEN_CASE_NOTE_TYPE_IDS,
  caseNoteType,
  caseNoteTypeId,
  isVisibleToHomeStaff,
} from './case-note-types.ts';

describe('case note types (002 Appendix 1)', () => {
  it('lists all 72 types of the appendix, each with a unique id', () => {
    expect(CASE_NOTE_TYPES).toHaveLength(72);
    expect(new Set(CASE_NOTE_TYPES.map((t) => t.id)).size).toBe(72);
  });

  it('derives readable ids from the labels', () => {
    expect(caseNoteTypeId('MALT/CAMHS – Shared info')).toBe('malt-camhs-shared-info');
    expect(caseNoteTypeId("Manager's Decisions")).toBe('manager-s-decisions');
    expect(caseNoteType('home-visit')?.label).toBe('Home visit');
  });

  it('002 Appendix 1: the confidential and restricted team types are hidden from home staff', () => {
    for (const label of [
      'Adoption support (restricted)',
      'GOSH SW Case note',
      'CAMHS confidential',
      'MASH confidential',
      "Young People's substance misuse",
    ]) {
      expect(isVisibleToHomeStaff(caseNoteTypeId(label)), label).toBe(false);
    }
    expect(caseNoteType('adoption-support-restricted')?.access).toBe('restricted');
  });

  it('002 §4.3: "Legal/Police/Adult Health - Confidential" is hidden although the appendix lists it as open', () => {
    expect(caseNoteType('legal-police-adult-health-confidential')?.access).toBe('confidential');
    expect(HIDDEN_CASE_NOTE_TYPE_IDS).toContain('legal-police-adult-health-confidential');
  });

  it('002 Appendix 1: open-access types such as Placement Visit are visible to home staff', () => {
    expect(isVisibleToHomeStaff('placement-visit')).toBe(true);
    expect(isVisibleToHomeStaff('mash-shared')).toBe(true);
    expect(HIDDEN_CASE_NOTE_TYPE_IDS).toHaveLength(6);
  });

  it('treats an unknown type as hidden and refuses it when parsing', () => {
    expect(isVisibleToHomeStaff('gossip')).toBe(false);
    expect(CaseNoteTypeId.safeParse('gossip').success).toBe(false);
    expect(CaseNoteTypeId.safeParse('telephone-contact').success).toBe(true);
  });
});
