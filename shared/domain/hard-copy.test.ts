// Guidance 001: "Hard copies ... that have been added to Mosaic must have a written note on them
// detailing when it was uploaded"; the time is England's (Europe/London) from the gateway's record.
import { describe, expect, it } from 'vitest';
import { englandDateAndTime, hardCopyNote } from './hard-copy.ts';

describe('001 the note to write on a hard copy', () => {
  it('001: says the date, the time and who uploaded it, in GMT in winter', () => {
    expect(hardCopyNote({ recordedAt: '2026-11-25T10:00:00.000Z', uploaderName: 'Priya Shah' })).toBe(
      'Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah',
    );
  });

  it('001: in summer the time is BST, an hour ahead of UTC, and the date is England’s', () => {
    expect(hardCopyNote({ recordedAt: '2026-07-01T08:05:00.000Z', uploaderName: 'Tom Reilly' })).toBe(
      'Uploaded to Mosaic on 01/07/2026 at 09:05 by Tom Reilly',
    );
    // 23:30 UTC on 30 June is already 1 July in England.
    expect(englandDateAndTime(new Date('2026-06-30T23:30:00.000Z'))).toEqual({
      date: '01/07/2026',
      time: '00:30',
    });
  });

  it('001: across the change from BST to GMT (25 October 2026, 02:00 BST → 01:00 GMT)', () => {
    // 00:59 UTC is 01:59 BST; a minute later the clocks have gone back: 01:00 GMT.
    expect(englandDateAndTime(new Date('2026-10-25T00:59:00.000Z'))).toEqual({
      date: '25/10/2026',
      time: '01:59',
    });
    expect(englandDateAndTime(new Date('2026-10-25T01:00:00.000Z'))).toEqual({
      date: '25/10/2026',
      time: '01:00',
    });
  });

  it('001: across the change from GMT to BST (29 March 2026, 01:00 GMT → 02:00 BST)', () => {
    expect(englandDateAndTime(new Date('2026-03-29T00:59:00.000Z')).time).toBe('00:59');
    expect(englandDateAndTime(new Date('2026-03-29T01:00:00.000Z')).time).toBe('02:00');
  });

  it('midnight is 00:00, not 24:00', () => {
    expect(englandDateAndTime(new Date('2026-12-31T00:00:00.000Z'))).toEqual({
      date: '31/12/2026',
      time: '00:00',
    });
  });

  it('refuses a time that is not one rather than printing "Invalid Date" on a record', () => {
    expect(() => hardCopyNote({ recordedAt: 'soon', uploaderName: 'Priya Shah' })).toThrow();
  });
});
