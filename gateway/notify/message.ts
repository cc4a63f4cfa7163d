/**
 * The words of the notice an upload sends (guidance 001: "the residential staff must check they have
 * sent a notification to the child's social worker informing them that a new document has been
 * uploaded"; DOMAIN.md "Uploads": who, what, when, which child). It names the child with their
 * Mosaic reference number and says "on behalf of" when someone else wrote the document (000).
 * It NEVER carries the document or its content: only the catalogue label and the title staff gave
 * it by the naming standard, so an email in the wrong inbox discloses as little as possible.
 */
import { uploadAttribution } from '../../shared/domain/attribution.ts';
import { mosaicLabel } from '../../shared/domain/mosaic.ts';

export interface NoticeFacts {
  recipient: { kind: 'social-worker'; name: string } | { kind: 'duty-inbox'; teamName: string };
  child: { firstName: string; lastName: string; mosaicId: string };
  /**
   * A group document (004; issue 8): the recipient's other children it was filed for. One notice
   * names them all, so a worker with two of the children is told once, not twice.
   */
  alsoFor?: { firstName: string; lastName: string; mosaicId: string }[];
  document: { typeLabel: string; title: string; completedOn: string };
  uploader: { name: string; role: string; homeName: string };
  /** Present when the uploader did not write the document. */
  author: { name: string; role: string } | null;
  recordedAt: Date;
}

export interface Notice {
  subject: string;
  body: string;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `25 November 2026 at 09:14` in England's time, as the home and the social worker read it. */
export function englandDateTime(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    LONDON_TIME.formatToParts(at).find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}`;
}

/** `2026-10-31` → `31/10/2026`, the form the naming standard (004) uses. */
export const ukDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The attribution line of guidance 000, from the one shared function the record and the app use. */
export function attribution(uploader: { name: string; role: string }, author: NoticeFacts['author']): string {
  return uploadAttribution(uploader, author);
}

/** `A`, `A and B`, `A, B and C`. */
const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

export function composeNotice(facts: NoticeFacts): Notice {
  const { child, document, uploader, author, recipient } = facts;
  const children = [child, ...(facts.alsoFor ?? [])];
  const group = children.length > 1;
  const names = children.map((c) => `${c.firstName} ${c.lastName}`);
  const childName = listed(names);
  const labelled = children.map((c) => `${c.firstName} ${c.lastName} (${mosaicLabel(c.mosaicId)})`);
  const greeting =
    recipient.kind === 'social-worker'
      ? `Dear ${recipient.name},`
      : `Dear ${recipient.teamName} duty team,\n\n` +
        `${childName} ${group ? 'have' : 'has'} no allocated social worker, so this notice comes to your team's duty inbox.`;
  const lines = [
    greeting,
    '',
    group
      ? `A new group document has been uploaded by ${uploader.homeName} to the records of ${childName}, once on each.`
      : `A new document has been uploaded to ${childName}'s record by ${uploader.homeName}.`,
    '',
    group ? `Children: ${labelled.join('; ')}` : `Child: ${labelled[0] ?? ''}`,
    `Document: ${document.typeLabel}`,
    `Title: ${document.title}`,
    `Completed on: ${ukDate(document.completedOn)}`,
    `Uploaded on: ${englandDateTime(facts.recordedAt)}`,
    `${attribution(uploader, author)}, ${uploader.homeName}`,
    '',
    "The document is not attached to this email. Read it on the child's record in Mosaic.",
    '',
    `Sent by Hearth for ${uploader.homeName}. Replies to this address are not read: contact the home directly.`,
  ];
  return {
    subject: `New ${group ? 'group document' : 'document'} for ${listed(labelled)}: ${document.typeLabel}`,
    body: lines.join('\n'),
  };
}
