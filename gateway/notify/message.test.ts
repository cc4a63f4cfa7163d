/**
 * Guidance 001: notify the social worker "that a new document has been uploaded" (who, what, when,
 * which child, with the Mosaic reference number); 000: "on behalf of" attribution. The notice never
 * carries the document.
 */
import { describe, expect, it } from 'vitest';
import { attribution, composeNotice, englandDateTime, type NoticeFacts } from './message.ts';

const facts: NoticeFacts = {
  recipient: { kind: 'social-worker', name: 'Nadia Rahman' },
  child: { firstName: 'Leo', lastName: 'Hartley', mosaicId: '4021876' },
  document: {
    typeLabel: 'Keyworker monthly report',
    title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
    completedOn: '2026-10-31',
  },
  uploader: { name: 'Priya Shah', role: 'Registered Manager', homeName: 'Larchfield House' },
  author: null,
  recordedAt: new Date('2026-11-25T09:14:00Z'),
};

describe('001 the notice of an upload', () => {
  it('001: names the child with the Mosaic number, the document, who uploaded it and when', () => {
    const notice = composeNotice(facts);
    expect(notice.subject).toBe(
      'New document for Leo Hartley (Mosaic ref. 4021876): Keyworker monthly report',
    );
    expect(notice.body).toContain('Dear Nadia Rahman,');
    expect(notice.body).toContain('Child: Leo Hartley (Mosaic ref. 4021876)');
    expect(notice.body).toContain('Document: Keyworker monthly report');
    expect(notice.body).toContain('Completed on: 31/10/2026');
    expect(notice.body).toContain('Uploaded on: 25 November 2026 at 09:14');
    expect(notice.body).toContain('Uploaded by Priya Shah, Registered Manager, Larchfield House');
    expect(notice.body).toContain('The document is not attached to this email.');
  });

  it('000: says "on behalf of" the author when someone else wrote it', () => {
    const author = { name: 'Sam Fletcher', role: 'Residential Child Care Worker' };
    expect(attribution(facts.uploader, author)).toBe(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
    expect(composeNotice({ ...facts, author }).body).toContain('on behalf of Sam Fletcher');
  });

  it('001: to a duty inbox, says the child has no allocated social worker', () => {
    const body = composeNotice({
      ...facts,
      recipient: { kind: 'duty-inbox', teamName: 'Children We Care For Team (North)' },
    }).body;
    expect(body).toMatch(/^Dear Children We Care For Team \(North\) duty team,/);
    expect(body).toContain(
      "Leo Hartley has no allocated social worker, so this notice comes to your team's duty inbox.",
    );
  });

  it('001: gives the time as it was in England, summer or winter', () => {
    expect(englandDateTime(new Date('2026-07-01T08:05:00Z'))).toBe('1 July 2026 at 09:05');
    expect(englandDateTime(new Date('2026-12-01T23:30:00Z'))).toBe('1 December 2026 at 23:30');
  });
});
