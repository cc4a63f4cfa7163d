// The verification's words (issue 7: "reports the first broken link"; DOMAIN.md "Audit": a
// tampered log must be detectable) and the table's count line, as a manager reads them.
import { describe, expect, it } from 'vitest';
import {
  AUDIT_BROKEN,
  AUDIT_INTACT,
  brokenChainWords,
  showingWords,
  verificationSummary,
} from './audit-words.ts';

const okChain = {
  chainId: 'gateway',
  label: 'The gateway’s own events',
  ok: true,
  length: 40,
  firstBroken: null,
  problem: null,
  message: null,
};

describe('audit words', () => {
  it('says the audit is intact, with how much was checked', () => {
    const words = verificationSummary({
      ok: true,
      checkedAt: '2026-11-25T10:00:00.000Z',
      chains: [okChain, { ...okChain, chainId: 'c2', length: 1960 }],
    });
    expect(words).toBe(`${AUDIT_INTACT} Checked 2 records holding 2,000 events.`);
  });

  it('names the first broken event in plain words, or says the last events went', () => {
    const edited = {
      ...okChain,
      ok: false,
      length: 11,
      firstBroken: { id: 'e-12', seq: 12 },
      problem: 'edited',
      message: 'x',
    };
    expect(brokenChainWords(edited)).toBe(
      'The gateway’s own events: the first broken event is number 12 (id e-12): it was changed after it was recorded.',
    );
    const cut = { ...okChain, ok: false, problem: 'removed-at-end', message: 'x' };
    expect(brokenChainWords(cut)).toBe(
      'The gateway’s own events: the last events of this record have been removed.',
    );
    expect(
      verificationSummary({ ok: false, checkedAt: '2026-11-25T10:00:00.000Z', chains: [okChain, edited] }),
    ).toBe(`${AUDIT_BROKEN} Checked 2 records; 1 does not hold.`);
  });

  it('counts the rows shown', () => {
    expect(showingWords(51, 50, 1234)).toBe('Showing events 51 to 100 of 1,234, newest first.');
    expect(showingWords(1, 0, 0)).toBe('No events match these filters.');
  });
});
