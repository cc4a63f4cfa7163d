// Times on Hearth's forms are England's (GMT in winter, BST in summer), whatever the computer's zone.
import { describe, expect, it } from 'vitest';
import { englandDateTime } from './england-time.ts';

describe('englandDateTime', () => {
  it('writes a winter time as GMT', () => {
    expect(englandDateTime('2026-11-20T22:15:00.000Z')).toBe('20/11/2026 at 22:15');
  });

  it('writes a summer time as BST, moving past midnight into the next day', () => {
    expect(englandDateTime('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 at 00:30');
  });
});
