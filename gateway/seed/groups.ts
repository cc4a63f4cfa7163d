/**
 * The demo sibling group's membership, relationships, documents and case notes (issue 8; guidance
 * 004). The Mensah group has four members: Kofi, Efua and Ama at Larchfield House, Yaw at Harbour
 * View. Some entries are for three of them, some for only two (004: "you would select only the
 * relevant two children"), and one relationship is with Yaw alone, so each home's page shows a
 * different part of the same group. Plain data only; seed.ts writes the rows. All fictional.
 */
import { randomUUID } from 'node:crypto';
import type { CaseNotesTable } from '../db/schema.ts';
import { CHILDREN, SIBLING_GROUPS } from './children.ts';
import { ukDate } from './dates.ts';
import type { DemoPdf } from './pdf.ts';
import type { PlannedDocument } from './records.ts';

const MENSAH = 'group-mensah';
const KOFI = 'child-kofi-mensah';
const AMA = 'child-ama-mensah-clarke';
const YAW = 'child-yaw-mensah';
const EFUA = 'child-efua-mensah';

/** The family's home: 004 names the group by the postcode of the main address. */
const FAMILY_HOME = { main_address: '27 Ferring Grove, Sandmere', postcode: 'BN12 6RD' };

export const GROUP_MEMBERS = [KOFI, EFUA, AMA, YAW].map((childId) => ({
  id: `member-${childId}`,
  group_id: MENSAH,
  child_id: childId,
  start_date: '2024-02-12',
  end_date: null,
  ...FAMILY_HOME,
}));

export const GROUP_PROFESSIONALS = [
  {
    child_id: null,
    name: 'Dr Helen Marsh',
    role: 'GP',
    organisation: 'Sandmere Medical Centre',
    phone: '01632 960201',
  },
  {
    child_id: null,
    name: 'Gwen Talbot',
    role: 'Independent Reviewing Officer',
    organisation: 'Children’s Services',
    phone: '01632 960202',
  },
  {
    child_id: KOFI,
    name: 'Priti Anand',
    role: 'Designated teacher',
    organisation: 'Sandmere Academy',
    phone: '01632 960203',
  },
  // With Yaw alone: Larchfield House never sees it (he is placed at Harbour View).
  {
    child_id: YAW,
    name: 'Owen Gale',
    role: 'CAMHS practitioner',
    organisation: 'Westhaven CAMHS',
    phone: '01632 960204',
  },
].map((r, i) => ({
  id: `professional-mensah-${i + 1}`,
  group_id: MENSAH,
  start_date: '2024-03-01',
  end_date: null,
  ...r,
}));

export interface GroupMarker {
  sibling_group_id: string;
  group_entry_id: string;
}

export type PlannedGroupDocument = PlannedDocument & { group: GroupMarker };

const groupName = SIBLING_GROUPS.find((g) => g.id === MENSAH)?.name ?? '';
/** 004 "Name of the child/family": the family part of the group's name. */
const family = groupName.replace(/ [A-Z]{1,2}\d.*$/, '');

function groupDocument(
  memberIds: readonly string[],
  description: string,
  completedOn: string,
  type: 'support-plan',
  typeLabel: string,
): PlannedGroupDocument[] {
  const members = CHILDREN.filter((c) => memberIds.includes(c.id));
  const title = `${family} family - ${description} - ${ukDate(completedOn)}`;
  const pdf: DemoPdf = {
    title,
    typeLabel,
    mosaicIds: members.map((m) => m.mosaic_id),
    completedOn: ukDate(completedOn),
    confidential: false,
  };
  const entryId = randomUUID();
  return members.map((member) => ({
    id: randomUUID(),
    child_id: member.id,
    type,
    title,
    completed_on: completedOn,
    confidential: 0 as const,
    recorded_at: `${completedOn}T16:30:00.000Z`,
    pdf,
    group: { sibling_group_id: MENSAH, group_entry_id: entryId },
  }));
}

/** 004: a group document is recorded on each selected member's record; one file serves them all. */
export const planGroupDocuments = (): PlannedGroupDocument[] => [
  ...groupDocument(
    [KOFI, AMA, YAW],
    'Sibling contact support plan',
    '2026-04-14',
    'support-plan',
    'Support Plan',
  ),
  ...groupDocument(
    [KOFI, YAW],
    'Brothers’ weekend contact plan',
    '2026-09-02',
    'support-plan',
    'Support Plan',
  ),
];

function groupNote(
  memberIds: readonly string[],
  type: string,
  occurredAt: string,
  body: string,
): (CaseNotesTable & { group: GroupMarker })[] {
  const entryId = randomUUID();
  return memberIds.map((childId) => ({
    id: randomUUID(),
    child_id: childId,
    type,
    occurred_at: occurredAt,
    author_name: 'James Whitlock',
    author_role: 'Social Worker',
    body,
    recorded_at: occurredAt,
    group: { sibling_group_id: MENSAH, group_entry_id: entryId },
  }));
}

/** 004 "Group case notes are recorded in the group file AND the members' individual files". */
export const planGroupCaseNotes = () => [
  ...groupNote(
    [KOFI, AMA, YAW],
    'supervised-contact',
    '2026-05-20T15:00:00.000Z',
    'Sibling contact at the family centre: the three spent the afternoon together and asked to meet monthly.',
  ),
  ...groupNote(
    [AMA, YAW],
    'telephone-contact',
    '2026-10-08T11:00:00.000Z',
    'Video call with their mother; both children were settled afterwards.',
  ),
];
