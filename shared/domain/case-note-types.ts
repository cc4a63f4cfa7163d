/**
 * Case note types, as listed in guidance 002 Appendix 1, with who may read them. Residential staff
 * see only open-access types; confidential and restricted types are never shown to them (002 §4.3
 * and Appendix 1 "Confidential and restricted records based on team involvement").
 *
 * One deliberate difference from the appendix: "Legal/Police/Adult Health - Confidential" is listed
 * there under "Open access", but its name and 002 §4.3 (legal, police and adults' health information
 * is highly confidential) say otherwise. Hearth treats it as confidential: wrongly hiding a note
 * from home staff is recoverable (they ask the social worker); wrongly showing it is not.
 */
import { z } from 'zod';

export type CaseNoteAccess = 'open' | 'confidential' | 'restricted';

export interface CaseNoteType {
  /** Stable id derived from the label (lower case, words joined by '-'). */
  id: string;
  /** Exactly as Mosaic names the type (002 Appendix 1). */
  label: string;
  access: CaseNoteAccess;
}

const OPEN_ACCESS = [
  'Adoption',
  'Care Funding Calculator',
  'Closing Summary',
  'Consultation with CPO/IRO',
  'Consultation with Clinical SP',
  'Consultation with FGC Manager',
  'Consultation with Hospital team',
  'Consultation with IYSS',
  'Consultation with Principal Officer',
  'Consultation with Supervisor',
  'Contact on Hospital Ward',
  'Contact via e-mail',
  'Contact with doctor',
  'Direct Work',
  'Discussion/Consultation',
  'EDT',
  'Early Help CAF Shared',
  'Education',
  'Education LAC and Care Leavers Contact',
  'Fax',
  'Family Service',
  'Finance',
  'Fostering Team',
  'Home visit',
  'Home visit- Child not seen alone',
  'ILF Funding',
  'IYSS contact',
  'Letter Received',
  'Letter Sent',
  'Lifelong Links',
  'MALT/CAMHS – Shared info',
  "Manager's Decisions",
  'MASH Shared',
  'Mediation work',
  'Migrated from SSID',
  'Minicom',
  'Missing Persons',
  'Notified Homeless Person',
  'Occupational Therapy',
  'Office Visit',
  'Other',
  'Parenting work',
  'Participation/Consultation',
  'Placed in Camden by Another Local Authority',
  'Placement Visit',
  'RHI – TCS',
  'Record of Meeting',
  'Record of Supervision Discussion',
  'Report Written',
  'Request for CAP Agreement',
  'Resource Team',
  'Risk of becoming SEET',
  'SMS Text',
  'School Visit',
  'Schools Liaison',
  'SEET action plan',
  'SEN',
  'Special Guardianship',
  'Substance Misuse Team',
  'Supervised Contact',
  'Supported Childminding Review',
  'Telephone Contact',
  'Transfer Summary',
  'Under 8 Day Care Review',
  'Unit Meeting Notes',
  'YP Pathway Shared',
] as const;

/** Listed under "Open access" in the appendix, treated as confidential (see the note at the top). */
const CONFIDENTIAL_BY_NAME = ['Legal/Police/Adult Health - Confidential'] as const;

/** Appendix 1 "Confidential and restricted records based on team involvement". */
const CONFIDENTIAL = [
  'GOSH SW Case note',
  'CAMHS confidential',
  'MASH confidential',
  "Young People's substance misuse",
] as const;
const RESTRICTED = ['Adoption support (restricted)'] as const;

/** 'MALT/CAMHS – Shared info' → 'malt-camhs-shared-info'. */
export const caseNoteTypeId = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const entry = (access: CaseNoteAccess) => (label: string) => ({ id: caseNoteTypeId(label), label, access });

export const CASE_NOTE_TYPES: readonly CaseNoteType[] = [
  ...OPEN_ACCESS.map(entry('open')),
  ...CONFIDENTIAL_BY_NAME.map(entry('confidential')),
  ...CONFIDENTIAL.map(entry('confidential')),
  ...RESTRICTED.map(entry('restricted')),
];

const BY_ID = new Map(CASE_NOTE_TYPES.map((t) => [t.id, t]));

export const CaseNoteTypeId = z
  .string()
  .refine((id) => BY_ID.has(id), { message: 'not a case note type from guidance 002 Appendix 1' });

export function caseNoteType(id: string): CaseNoteType | undefined {
  return BY_ID.get(id);
}

/** Residential staff read open-access notes only; an unknown type is treated as hidden. */
export function isVisibleToHomeStaff(id: string): boolean {
  return BY_ID.get(id)?.access === 'open';
}

/** Every type home staff must never see, e.g. to filter a query with `type not in (...)`. */
export const HIDDEN_CASE_NOTE_TYPE_IDS: readonly string[] = CASE_NOTE_TYPES.filter(
  (t) => t.access !== 'open',
).map((t) => t.id);
