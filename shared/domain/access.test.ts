import { describe, expect, it } from 'vitest';
import {
  RESTRICTED_ACCESS_NOTE,
  VISIBLE_CASE_NOTE_TYPE_IDS,
  VISIBLE_DOCUMENT_TYPE_IDS,
  accessFor,
  canReadRecords,
  canUpload,
  englandDate,
  isCaseNoteVisibleToHomeStaff,
  isDocumentVisibleToHomeStaff,
  isPlacedInHome,
  matchesChildSearch,
  restrictedSummary,
  visibleSiblings,
} from './access.ts';
import { CONFIDENTIAL_DOCUMENT_TYPES } from './catalogue.ts';
import { HIDDEN_CASE_NOTE_TYPE_IDS } from './case-note-types.ts';

const placed = (placementStart: string, placementEnd: string | null, homeId = 'home-a') => ({
  homeId,
  placementStart,
  placementEnd,
});

describe('access levels (001: 2 modules to read, all 9 and an upload role to upload)', () => {
  it('001: a Registered Manager with 9 modules reads and uploads', () => {
    const access = accessFor('registered-manager', [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([canReadRecords(access), canUpload(access)]).toEqual([true, true]);
  });

  it('001: an upload role with 2–8 modules reads only', () => {
    const access = accessFor('principal-rccw', [1, 2, 3]);
    expect([canReadRecords(access), canUpload(access)]).toEqual([true, false]);
  });

  it('001: fewer than 2 modules gives no access to records', () => {
    expect(canReadRecords(accessFor('rccw', [1]))).toBe(false);
  });
});

describe('which children exist for a person (DOMAIN.md: only children placed in their own home)', () => {
  it('a child placed in the home since before today exists', () => {
    expect(isPlacedInHome(placed('2024-01-01', null), 'home-a', '2026-11-25')).toBe(true);
  });

  it('the placement start day counts; the end day does not (the child has left)', () => {
    expect(isPlacedInHome(placed('2026-11-25', null), 'home-a', '2026-11-25')).toBe(true);
    expect(isPlacedInHome(placed('2026-11-26', null), 'home-a', '2026-11-25')).toBe(false);
    expect(isPlacedInHome(placed('2024-01-01', '2026-11-26'), 'home-a', '2026-11-25')).toBe(true);
    expect(isPlacedInHome(placed('2024-01-01', '2026-11-25'), 'home-a', '2026-11-25')).toBe(false);
  });

  it('a child placed in another home does not exist', () => {
    expect(isPlacedInHome(placed('2024-01-01', null, 'home-b'), 'home-a', '2026-11-25')).toBe(false);
  });

  it("uses England's date: 00:30 BST on 1 July is already 1 July", () => {
    expect(englandDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(englandDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('004: sibling group members shown are only the others placed in the same home', () => {
    const members = [
      { id: 'a', ...placed('2024-01-01', null) },
      { id: 'b', ...placed('2024-01-01', null) },
      { id: 'c', ...placed('2024-01-01', null, 'home-b') },
      { id: 'd', ...placed('2024-01-01', '2025-01-01') },
    ];
    expect(visibleSiblings(members, 'a', 'home-a', '2026-11-25').map((m) => m.id)).toEqual(['b']);
  });
});

describe('restricted records (002 §6.2: only basic details)', () => {
  it('shows name, Mosaic number, worker and team, and says how to ask for access in writing', () => {
    const summary = restrictedSummary({
      id: 'child-x',
      mosaicId: '4388120',
      firstName: 'Tyler',
      lastName: 'Obi',
      socialWorkerName: 'Carla Mendes',
      teamName: 'South',
    });
    expect(Object.keys(summary).sort()).toEqual(
      ['accessNote', 'firstName', 'id', 'lastName', 'mosaicId', 'restricted', 'socialWorker', 'team'].sort(),
    );
    expect(summary.socialWorker).toEqual({ name: 'Carla Mendes' });
    expect(RESTRICTED_ACCESS_NOTE).toMatch(/Mosaic Support team/);
    expect(RESTRICTED_ACCESS_NOTE).toMatch(/in writing, giving the reason/);
  });
});

describe('confidential documents and case note types (002 §4.3, Appendix 1)', () => {
  it('002 §4.3: hides a document of a confidential type even when its row is not flagged', () => {
    for (const type of CONFIDENTIAL_DOCUMENT_TYPES) {
      expect(isDocumentVisibleToHomeStaff({ type: type.id, confidential: false }), type.id).toBe(false);
    }
  });

  it('002 §4.3: hides a flagged document whatever its type, and an unknown type', () => {
    expect(isDocumentVisibleToHomeStaff({ type: 'cla-care-plan', confidential: true })).toBe(false);
    expect(isDocumentVisibleToHomeStaff({ type: 'diary', confidential: false })).toBe(false);
    expect(isDocumentVisibleToHomeStaff({ type: 'cla-care-plan', confidential: false })).toBe(true);
  });

  it('the SQL allow-list of document types is exactly the visible ones', () => {
    expect(VISIBLE_DOCUMENT_TYPE_IDS).toHaveLength(23);
    for (const type of CONFIDENTIAL_DOCUMENT_TYPES) expect(VISIBLE_DOCUMENT_TYPE_IDS).not.toContain(type.id);
  });

  it('002 Appendix 1: only open-access note types are visible, and the SQL allow-list agrees', () => {
    for (const id of HIDDEN_CASE_NOTE_TYPE_IDS) {
      expect(isCaseNoteVisibleToHomeStaff(id), id).toBe(false);
      expect(VISIBLE_CASE_NOTE_TYPE_IDS).not.toContain(id);
    }
    expect(VISIBLE_CASE_NOTE_TYPE_IDS).toHaveLength(66);
    expect(VISIBLE_CASE_NOTE_TYPE_IDS.every(isCaseNoteVisibleToHomeStaff)).toBe(true);
  });
});

describe('searching the children of the home (by name or Mosaic reference number)', () => {
  const leo = { firstName: 'Leo', lastName: 'Hartley', mosaicId: '4021876' };

  it.each(['leo', 'HART', 'leo hartley', 'Hartley Leo', 'hartley, leo', '  Leo   Hart '])(
    'finds by name: %j',
    (q) => expect(matchesChildSearch(leo, q)).toBe(true),
  );

  it.each(['4021876', '402', '40 21 876'])('finds by Mosaic number: %j', (q) =>
    expect(matchesChildSearch(leo, q)).toBe(true),
  );

  it('ignores accents and finds everyone with an empty search', () => {
    expect(
      matchesChildSearch({ firstName: 'Zoë', lastName: 'Ávila', mosaicId: '1234567' }, 'zoe avila'),
    ).toBe(true);
    expect(matchesChildSearch(leo, '   ')).toBe(true);
  });

  it.each(['kofi', '4107732', 'leo x', '9'])('does not find on %j', (q) =>
    expect(matchesChildSearch(leo, q)).toBe(false),
  );
});
