// Keyworker monthly report and keyworker report for CLA review (001 "Recording requirements");
// titles by the 004 naming standard.
import { describe, expect, it } from 'vitest';
import { KEYWORKER_SECTIONS, checkKeyworkerReport, keyworkerTitle } from './keyworker-report-form.ts';
import { exampleKeyworker } from './test-forms.ts';

const fieldsOf = (input: unknown) => {
  const r = checkKeyworkerReport(input);
  return r.ok ? [] : r.problems.map((p) => p.field);
};

describe('keyworker reports', () => {
  it('accepts a complete monthly report', () => {
    expect(checkKeyworkerReport(exampleKeyworker()).ok).toBe(true);
  });

  it('asks for every section, the child’s views first', () => {
    const empty = Object.fromEntries(KEYWORKER_SECTIONS.map((s) => [s.id, '  ']));
    const fields = fieldsOf(exampleKeyworker(empty));
    expect(fields).toEqual(KEYWORKER_SECTIONS.map((s) => s.id));
    expect(fields[0]).toBe('childsViews');
  });

  it('refuses a period that ends before it starts', () => {
    expect(fieldsOf(exampleKeyworker({ periodStart: '2026-11-01', periodEnd: '2026-10-31' }))).toEqual([
      'periodEnd',
    ]);
  });

  it('a report for a CLA review needs the review date', () => {
    expect(fieldsOf(exampleKeyworker({ kind: 'keyworker-cla-review-report' }))).toEqual(['reviewDate']);
    expect(
      checkKeyworkerReport(
        exampleKeyworker({ kind: 'keyworker-cla-review-report', reviewDate: '2026-11-12' }),
      ).ok,
    ).toBe(true);
  });

  it('titles follow DOMAIN.md’s example: "{child} - Keyworker monthly report October - 31/10/2026"', () => {
    const monthly = { kind: 'keyworker-monthly-report' as const, periodEnd: '2026-10-31', reviewDate: null };
    expect(keyworkerTitle('Leo Hartley', monthly, '2026-10-31')).toBe(
      'Leo Hartley - Keyworker monthly report October - 31/10/2026',
    );
    const cla = {
      kind: 'keyworker-cla-review-report' as const,
      periodEnd: '2026-11-05',
      reviewDate: '2026-11-12',
    };
    expect(keyworkerTitle('Leo Hartley', cla, '2026-11-06')).toBe(
      'Leo Hartley - Keyworker report for CLA review - 06/11/2026',
    );
  });
});
