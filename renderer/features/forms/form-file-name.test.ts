// A form's PDF is saved to the shared drive later under its file name (issue 6), so the name the
// outbox carries must be one Windows accepts, and still say which document it is (004 title).
import { describe, expect, it } from 'vitest';
import { formFileName } from './form-file-name.ts';

describe('formFileName', () => {
  it('keeps the 004 title readable and swaps the characters Windows refuses', () => {
    expect(formFileName('Leo Hartley - Incident form: Missing - 04/11/2026')).toBe(
      'Leo Hartley - Incident form- Missing - 04-11-2026.pdf',
    );
    expect(formFileName('A "quoted" <name>?|*\\\u0007 - x - 01/01/2026')).toBe(
      'A -quoted- -name------ - x - 01-01-2026.pdf',
    );
  });

  it('stays within the 255 characters the upload contract allows', () => {
    const name = formFileName(`${'Zoë '.repeat(100)}- report - 01/01/2026`);
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
