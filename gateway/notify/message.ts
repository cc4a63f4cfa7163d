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

export function composeNotice(facts: NoticeFacts): Notice {
  const { child, document, uploader, author, recipient } = facts;
  const childName = `${child.firstName} ${child.lastName}`;
  const mosaic = mosaicLabel(child.mosaicId);
  const greeting =
    recipient.kind === 'social-worker'
      ? `Dear ${recipient.name},`
      : `Dear ${recipient.teamName} duty team,\n\n` +
        `${childName} has no allocated social worker, so this notice comes to your team's duty inbox.`;
  const lines = [
    greeting,
    '',
    `A new document has been uploaded to ${childName}'s record by ${uploader.homeName}.`,
    '',
    `Child: ${childName} (${mosaic})`,
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
    subject: `New document for ${childName} (${mosaic}): ${document.typeLabel}`,
    body: lines.join('\n'),
  };
}
