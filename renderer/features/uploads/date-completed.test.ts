// The date a document was completed: GOV.UK date input wording; it ends the 004 title, so it must
// be a real date and not after today (in England).
import { describe, expect, test } from 'vitest';
import { checkDateCompleted } from './date-completed.ts';

const TODAY = '2026-11-04';
const check = (day: string, month: string, year: string) => checkDateCompleted({ day, month, year }, TODAY);

describe('date completed', () => {
  test('a real past date, typed with or without leading zeros, becomes an ISO date', () => {
    expect(check('31', '10', '2026')).toEqual({ ok: true, iso: '2026-10-31' });
    expect(check(' 4', '11', '2026')).toEqual({ ok: true, iso: '2026-11-04' });
    expect(check('29', '2', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  test('what is missing is named, and only those boxes are marked', () => {
    expect(check('', '', '')).toEqual({
      ok: false,
      message: 'Enter the date the document was completed',
      fields: ['day', 'month', 'year'],
    });
    expect(check('3', '', '')).toEqual({
      ok: false,
      message: 'Date completed must include a month and year',
      fields: ['month', 'year'],
    });
    expect(check('', '10', '2026')).toMatchObject({
      message: 'Date completed must include a day',
      fields: ['day'],
    });
  });

  test('impossible dates, short years and future dates are refused', () => {
    expect(check('30', '2', '2026')).toMatchObject({
      ok: false,
      message: 'Date completed must be a real date',
    });
    expect(check('3', 'Oct', '2026')).toMatchObject({
      message: 'Date completed must be a real date',
      fields: ['month'],
    });
    expect(check('3', '10', '26')).toMatchObject({
      message: 'Year must include 4 numbers',
      fields: ['year'],
    });
    expect(check('5', '11', '2026')).toMatchObject({
      message: 'Date completed must be today or in the past',
    });
  });
});
