// Guidance 004 "Naming the Group": surnames (each once, oldest child's first, commas between),
// then the main addresses' postcodes (commas between), no comma before the first postcode, <= 64.
import { describe, expect, it } from 'vitest';
import {
  MAX_GROUP_NAME_LENGTH,
  checkGroupName,
  normalisePostcode,
  suggestGroupName,
  type GroupMemberForName,
} from './group-name.ts';

const member = (lastName: string, dateOfBirth: string, postcode: string | null): GroupMemberForName => ({
  lastName,
  dateOfBirth,
  postcode,
});

describe("004's three examples", () => {
  it('one surname: Jennifer, Michael and Mabel Woodgett → "Woodgett BN13 2PQ"', () => {
    const woodgetts = [
      member('Woodgett', '2012-05-01', 'BN13 2PQ'),
      member('Woodgett', '2014-09-12', 'BN13 2PQ'),
      member('Woodgett', '2016-01-30', 'bn132pq'),
    ];
    expect(suggestGroupName(woodgetts)).toEqual({ ok: true, value: 'Woodgett BN13 2PQ' });
    expect(checkGroupName('Woodgett BN13 2PQ', woodgetts).ok).toBe(true);
  });

  it('half siblings Brian Jones (older) and Belinda Jones-Smith → "Jones, Jones-Smith BN13 2PQ"', () => {
    // Given youngest first: the oldest child's surname still comes first.
    const family = [
      member('Jones-Smith', '2015-03-03', 'BN13 2PQ'),
      member('Jones', '2011-07-07', 'BN13 2PQ'),
    ];
    expect(suggestGroupName(family)).toEqual({ ok: true, value: 'Jones, Jones-Smith BN13 2PQ' });
    expect(checkGroupName('Jones, Jones-Smith BN13 2PQ', family).ok).toBe(true);
    expect(checkGroupName('Jones-Smith, Jones BN13 2PQ', family)).toMatchObject({
      ok: false,
      error: 'oldest-first',
    });
  });

  it('two main addresses: Kwame Adebayo and Oba Wright-Adebayo → "Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ"', () => {
    const family = [
      member('Adebayo', '2010-02-02', 'BN13 2PQ'),
      member('Wright-Adebayo', '2012-12-12', 'PO19 1RQ'),
    ];
    expect(suggestGroupName(family)).toEqual({
      ok: true,
      value: 'Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ',
    });
    expect(checkGroupName('Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ', family).ok).toBe(true);
  });
});

describe('the checker refuses what 004 forbids', () => {
  it('a comma between the last surname and the first postcode', () => {
    expect(checkGroupName('Jones, Jones-Smith, BN13 2PQ')).toMatchObject({
      ok: false,
      error: 'comma-before-postcode',
    });
  });

  it('a surname or a postcode twice', () => {
    expect(checkGroupName('Jones, Jones BN13 2PQ')).toMatchObject({ ok: false, error: 'repeated-surname' });
    expect(checkGroupName('Jones BN13 2PQ, BN13 2PQ')).toMatchObject({
      ok: false,
      error: 'repeated-postcode',
    });
  });

  it('no postcode, an invalid postcode, or surnames without ", " between them', () => {
    expect(checkGroupName('Woodgett')).toMatchObject({ ok: false, error: 'shape' });
    // Inward codes never use C, I, K, M, O or V.
    expect(checkGroupName('Woodgett BN13 2PC')).toMatchObject({ ok: false, error: 'shape' });
    expect(checkGroupName('Jones,Jones-Smith BN13 2PQ')).toMatchObject({ ok: false, error: 'surname' });
  });

  it("names that do not match the members' surnames or postcodes", () => {
    const family = [
      member('Jones', '2011-07-07', 'BN13 2PQ'),
      member('Jones-Smith', '2015-03-03', 'BN13 2PQ'),
    ];
    expect(checkGroupName('Jones BN13 2PQ', family)).toMatchObject({ ok: false, error: 'wrong-surnames' });
    expect(checkGroupName('Jones, Jones-Smith PO19 1RQ', family)).toMatchObject({
      ok: false,
      error: 'wrong-postcodes',
    });
  });

  it('more than 64 characters, generated or typed', () => {
    const long = [
      member('Fotheringham-Whitworth', '2010-01-01', 'BN13 2PQ'),
      member('Montgomery-Ashcombe', '2011-01-01', 'PO19 1RQ'),
      member('Postlethwaite', '2012-01-01', 'RH10 1AA'),
    ];
    const suggestion = suggestGroupName(long);
    expect(suggestion).toMatchObject({ ok: false, error: 'too-long' });
    const sixtyFive = `${'A'.repeat(56)} BN13 2PQ`;
    expect(sixtyFive).toHaveLength(65);
    expect(checkGroupName(sixtyFive)).toMatchObject({ ok: false, error: 'too-long' });
    expect(checkGroupName(sixtyFive.slice(1)).ok).toBe(true); // exactly 64 is allowed
  });
});

describe('the suggested name uses valid UK postcodes only', () => {
  it('normalises spacing and case, and leaves out an invalid or missing postcode', () => {
    expect(normalisePostcode(' po191rq ')).toBe('PO19 1RQ');
    expect(normalisePostcode('SW1A 1AA')).toBe('SW1A 1AA');
    expect(normalisePostcode('NOT A PC')).toBeNull();
    const family = [
      member('Adebayo', '2010-02-02', 'BN13 2PQ'),
      member('Wright-Adebayo', '2012-12-12', '12345'),
    ];
    expect(suggestGroupName(family)).toEqual({ ok: true, value: 'Adebayo, Wright-Adebayo BN13 2PQ' });
    expect(suggestGroupName([member('Woodgett', '2012-05-01', null)])).toMatchObject({
      ok: false,
      error: 'no-postcode',
    });
  });
});

/** mulberry32: a tiny seeded generator, so a failing case is reproducible from its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

const SURNAMES = [
  'Woodgett',
  'Jones',
  'Jones-Smith',
  "O'Neill",
  'Adebayo',
  'Wright-Adebayo',
  'Ng',
  'Łukasik',
  'Da Silva',
];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function randomPostcode(r: ReturnType<typeof seeded>): string {
  const area = r.pick(['BN', 'PO', 'RH', 'GU', 'W', 'N', 'SW']);
  const district = String(1 + r.int(20));
  return `${area}${district} ${r.int(10)}${r.pick([...LETTERS])}${r.pick([...LETTERS])}`;
}

function randomFamily(r: ReturnType<typeof seeded>): GroupMemberForName[] {
  const size = 1 + r.int(5);
  return Array.from({ length: size }, () =>
    member(
      r.pick(SURNAMES),
      `20${String(5 + r.int(15)).padStart(2, '0')}-0${1 + r.int(9)}-1${r.int(10)}`,
      r.next() < 0.15 ? null : r.next() < 0.1 ? 'XX' : randomPostcode(r),
    ),
  );
}

describe('properties over 2,000 seeded random families (004)', () => {
  const r = seeded(20261125);
  const families = Array.from({ length: 2000 }, () => randomFamily(r));

  it('every suggestion passes the checker with its members, or says why it cannot be made', () => {
    let made = 0;
    for (const family of families) {
      const suggestion = suggestGroupName(family);
      if (!suggestion.ok) {
        expect(['no-postcode', 'too-long']).toContain(suggestion.error);
        continue;
      }
      made += 1;
      const name = suggestion.value;
      expect(name.length).toBeLessThanOrEqual(MAX_GROUP_NAME_LENGTH);
      const check = checkGroupName(name, family);
      expect(check, name).toMatchObject({ ok: true });
      if (!check.ok) continue;
      // Surnames once each, the oldest child's first.
      const oldest = [...family].sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth))[0];
      expect(check.value.surnames[0]).toBe(oldest?.lastName);
      expect(new Set(check.value.surnames).size).toBe(check.value.surnames.length);
      expect(new Set(family.map((m) => m.lastName)).size).toBe(check.value.surnames.length);
      // Commas only between surnames and between postcodes; none after the last surname.
      expect(name).toBe(`${check.value.surnames.join(', ')} ${check.value.postcodes.join(', ')}`);
      expect(name).toContain(`${check.value.surnames.at(-1) ?? ''} ${check.value.postcodes[0] ?? ''}`);
    }
    expect(made).toBeGreaterThan(1000); // the property was exercised, not skipped
  });

  it('adding a comma before the first postcode always fails the check', () => {
    for (const family of families) {
      const suggestion = suggestGroupName(family);
      if (!suggestion.ok) continue;
      const firstPostcode = suggestion.value.search(/ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(, |$)/);
      const broken = `${suggestion.value.slice(0, firstPostcode)},${suggestion.value.slice(firstPostcode)}`;
      if (broken.length > MAX_GROUP_NAME_LENGTH) continue;
      expect(checkGroupName(broken), broken).toMatchObject({ ok: false, error: 'comma-before-postcode' });
    }
  });

  it('swapping the first surname with a later one fails the members check', () => {
    for (const family of families) {
      const suggestion = suggestGroupName(family);
      if (!suggestion.ok) continue;
      const check = checkGroupName(suggestion.value);
      if (!check.ok || check.value.surnames.length < 2) continue;
      const [first, second, ...rest] = check.value.surnames;
      const swapped = `${[second, first, ...rest].join(', ')} ${check.value.postcodes.join(', ')}`;
      expect(checkGroupName(swapped, family), swapped).toMatchObject({ ok: false, error: 'oldest-first' });
    }
  });
});
