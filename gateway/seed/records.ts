/**
 * Plans the demo children's documents and case notes: every catalogue document type and every
 * case note type (confidential ones included) appears on each child's record, and the long-record
 * child gets exactly LONG_RECORD of each. Plain data only; seed.ts writes the files and rows.
 */
import { randomUUID } from 'node:crypto';
import { CASE_NOTE_TYPES } from '../../shared/domain/case-note-types.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/domain/catalogue.ts';
import type { CaseNotesTable, DocumentsTable } from '../db/schema.ts';
import { CHILDREN, LONG_RECORD, LONG_RECORD_CHILD_ID, type DemoChild } from './children.ts';
import { SEED_UNTIL, isoDate, monthName, spread, ukDate } from './dates.ts';
import { DEMO_ACCOUNTS, HOMES, SOCIAL_WORKERS, roleLabel } from './people.ts';
import type { DemoPdf } from './pdf.ts';

export type PlannedDocument = Omit<DocumentsTable, 'file_sha256' | 'file_size' | 'mime_type'> & {
  pdf: DemoPdf;
};

/** The i-th item, wrapping round: every type gets used in turn. */
function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('cannot cycle through an empty list');
  return item;
}

const lastDay = (c: DemoChild) => c.placement_end ?? SEED_UNTIL;
const fullName = (c: DemoChild) => `${c.first_name} ${c.last_name}`;
const at = (day: number, hour: number) => `${isoDate(day)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** 004 "Brief description": the type's label, with the month for monthly reports. */
function description(type: DocumentType, completedOn: string): string {
  return type.id === 'keyworker-monthly-report' ? `${type.label} ${monthName(completedOn)}` : type.label;
}

function documentsFor(child: DemoChild): PlannedDocument[] {
  const count = child.id === LONG_RECORD_CHILD_ID ? LONG_RECORD.documents : DOCUMENT_TYPES.length;
  return spread(child.placement_start, lastDay(child), count).map((day, i) => {
    const type = cycle(DOCUMENT_TYPES, i);
    const completedOn = isoDate(day);
    // 004 naming standard: `Name of the child/family - Brief description - Date it was completed`.
    const title = `${fullName(child)} - ${description(type, completedOn)} - ${ukDate(completedOn)}`;
    return {
      id: randomUUID(),
      child_id: child.id,
      type: type.id,
      title,
      completed_on: completedOn,
      confidential: type.confidential ? 1 : 0,
      recorded_at: at(day, 17),
      pdf: {
        title,
        typeLabel: type.label,
        mosaicIds: [child.mosaic_id],
        completedOn: ukDate(completedOn),
        confidential: type.confidential,
      },
    };
  });
}

export const planDocuments = (): PlannedDocument[] => [...CHILDREN.flatMap(documentsFor)];

const SENTENCES = [
  (first: string) => `${first} was in good spirits and talked about school and friends.`,
  () => 'Discussed the plan for the coming weeks; no new concerns were raised.',
  () => 'Agreed that the keyworker will update the support plan by the end of the month.',
  () => 'Information shared with the allocated social worker on the same day.',
  (first: string) => `${first}'s views were recorded in their own words and read back to them.`,
  () => 'Next contact arranged for the following week.',
];

function authorsFor(child: DemoChild): { name: string; role: string }[] {
  const worker = SOCIAL_WORKERS.find((w) => w.id === child.social_worker_id);
  const manager = DEMO_ACCOUNTS.find((a) => a.homeId === child.home_id && a.role === 'registered-manager');
  return [
    worker
      ? { name: worker.name, role: 'Social Worker' }
      : { name: 'Duty Social Worker', role: 'Social Worker' },
    ...(manager ? [{ name: manager.name, role: roleLabel(manager.role) }] : []),
    { name: 'Gwen Talbot', role: 'Independent Reviewing Officer' },
    { name: 'Marcus Bell', role: 'Team Manager' },
  ];
}

function caseNotesFor(child: DemoChild): CaseNotesTable[] {
  const count = child.id === LONG_RECORD_CHILD_ID ? LONG_RECORD.caseNotes : CASE_NOTE_TYPES.length;
  const authors = authorsFor(child);
  const home = HOMES.find((h) => h.id === child.home_id)?.name ?? 'the home';
  return spread(child.placement_start, lastDay(child), count).map((day, i) => {
    const type = cycle(CASE_NOTE_TYPES, i);
    const author = cycle(authors, i);
    const sentence = cycle(SENTENCES, i);
    const occurredAt = at(day, 9 + (i % 9));
    return {
      id: randomUUID(),
      child_id: child.id,
      type: type.id,
      occurred_at: occurredAt,
      author_name: author.name,
      author_role: author.role,
      body: `${type.label}: ${author.name} (${author.role}) regarding ${child.first_name} at ${home}. ${sentence(child.first_name)}`,
      recorded_at: at(day, 18),
    };
  });
}

export const planCaseNotes = (): CaseNotesTable[] => CHILDREN.flatMap(caseNotesFor);
