// The auto-lock time is a setting within bounds (issue 7 "Sessions": default 5 minutes; 003: locked
// when staff step away). What a person types is read into whole minutes or a clear problem.
import { describe, expect, it } from 'vitest';
import { parseAutoLockMinutes } from './auto-lock-setting.ts';

const PROBLEM = 'Enter a whole number of minutes from 1 to 15';

describe('reading the auto-lock time typed in Settings', () => {
  it('takes whole minutes from 1 to 15, with spaces around', () => {
    expect(parseAutoLockMinutes('1')).toEqual({ ok: true, minutes: 1 });
    expect(parseAutoLockMinutes(' 15 ')).toEqual({ ok: true, minutes: 15 });
  });

  it('refuses 0 and more than 15 minutes: the screen must lock, and soon enough', () => {
    expect(parseAutoLockMinutes('0')).toEqual({ ok: false, problem: PROBLEM });
    expect(parseAutoLockMinutes('16')).toEqual({ ok: false, problem: PROBLEM });
  });

  it('refuses what is not a whole number', () => {
    for (const text of ['', '2.5', '-3', 'five', '1e1']) {
      expect(parseAutoLockMinutes(text)).toEqual({ ok: false, problem: PROBLEM });
    }
  });
});
