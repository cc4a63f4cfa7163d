// Guidance 004 "Top Tip for Attachments": Name of the child/family - Brief description - Date completed.
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, checkDocumentTitle, documentTitle, ukDate } from './naming.ts';

describe('document naming standard (004)', () => {
  it("writes the guidance's own example shape", () => {
    expect(
      documentTitle({
        name: 'Leo Hartley',
        description: 'Keyworker monthly report October',
        completedOn: '2026-10-31',
      }),
    ).toBe('Leo Hartley - Keyworker monthly report October - 31/10/2026');
  });

  it('keeps hyphenated and apostrophe surnames intact, folds stray spaces', () => {
    expect(
      documentTitle({
        name: "  Aoife  O'Brien-Mensah ",
        description: 'Safety   Plan',
        completedOn: '2026-02-28',
      }),
    ).toBe("Aoife O'Brien-Mensah - Safety Plan - 28/02/2026");
  });

  it('keeps several surnames, hyphens and curly apostrophes whole, and the checker agrees', () => {
    const name = 'Zainab Al-Amin Ní Bhriain O’Connor';
    const title = documentTitle({ name, description: 'Missing Plan', completedOn: '2026-11-02' });
    expect(title).toBe('Zainab Al-Amin Ní Bhriain O’Connor - Missing Plan - 02/11/2026');
    expect(checkDocumentTitle(title, { name, completedOn: '2026-11-02' })).toMatchObject({
      ok: true,
      value: { name, description: 'Missing Plan', completedOn: '2026-11-02' },
    });
  });

  it('shortens a long description to fit the limit, never the name or the date', () => {
    const name = 'Leo Hartley';
    const title = documentTitle({
      name,
      description: `Significant information ${'about the weekend contact '.repeat(20)}`,
      completedOn: '2026-11-20',
    });
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.startsWith('Leo Hartley - Significant information about')).toBe(true);
    expect(title.endsWith('… - 20/11/2026')).toBe(true);
    expect(checkDocumentTitle(title, { name, completedOn: '2026-11-20' }).ok).toBe(true);
  });

  it('keeps a " - " inside a description from breaking the three parts', () => {
    const title = documentTitle({
      name: 'Leo Hartley',
      description: 'Incident - missing',
      completedOn: '2026-01-05',
    });
    expect(title).toBe('Leo Hartley - Incident – missing - 05/01/2026');
    expect(checkDocumentTitle(title).ok).toBe(true);
  });

  it('refuses impossible dates', () => {
    expect(() => ukDate('2026-02-30')).toThrow();
    expect(() => ukDate('2025-13-01')).toThrow();
    expect(ukDate('2028-02-29')).toBe('29/02/2028');
    expect(checkDocumentTitle('Leo Hartley - Plan - 31/04/2026')).toMatchObject({ ok: false, error: 'date' });
  });

  it.each([
    ['Keyworker report', 'parts'],
    ['Leo Hartley - Keyworker report', 'parts'],
    [' - Keyworker report - 01/10/2026', 'name'],
    ['Leo Hartley -  - 01/10/2026', 'description'],
    ['Leo Hartley - Keyworker report - 2026-10-01', 'date'],
    [`Leo Hartley - ${'x'.repeat(240)} - 01/10/2026`, 'too-long'],
  ])('explains what is wrong with %j', (title, problem) => {
    const result = checkDocumentTitle(title);
    expect(result).toMatchObject({ ok: false, error: problem });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('refuses an edit that files the document under another child or date', () => {
    const title = 'Maya Lindqvist - Support Plan - 01/10/2026';
    expect(checkDocumentTitle(title, { name: 'Leo Hartley' })).toMatchObject({
      ok: false,
      error: 'wrong-child',
    });
    expect(checkDocumentTitle(title, { completedOn: '2026-10-02' })).toMatchObject({
      ok: false,
      error: 'wrong-date',
    });
    expect(checkDocumentTitle(title, { name: 'maya lindqvist', completedOn: '2026-10-01' })).toMatchObject({
      ok: true,
    });
  });
});
