import { describe, expect, it } from 'vitest';
import type { AccessRequestView } from '../../../../shared/api/access-requests.ts';
import type { ChildRecord } from '../../../../shared/api/records.ts';
import { savedSummaryFor, summaryToSave } from './saved-summary.ts';

const grant: AccessRequestView = {
  id: 'request-1',
  staffId: 'staff-marcus',
  state: 'granted',
  requestedAt: '2026-11-25T10:00:00.000Z',
  reason: 'I need his safety plan for the move.',
  decidedAt: '2026-11-25T11:00:00.000Z',
  decidedBy: 'Jo Quinn',
  note: null,
  expiresAt: '2026-12-25T11:00:00.000Z',
};

const full: ChildRecord = {
  restricted: false,
  id: 'child-tyler-obi',
  mosaicId: '4388120',
  firstName: 'Tyler',
  lastName: 'Obi',
  dateOfBirth: '2011-08-03',
  legalStatus: 'C2 Full care order',
  placement: { homeName: 'Harbour View', since: '2025-11-24' },
  socialWorker: { name: 'Carla Mendes', email: 'carla.mendes@council.example', phone: '01632 960203' },
  team: { name: 'South', dutyInboxEmail: 'south@council.example' },
  siblingGroup: null,
  grantedAccess: grant,
};

describe('002 §6.2 and 003: the saved summary of a restricted record', () => {
  it('002 §6.2: a record shown in full by a grant is kept as basic details with the grant, nothing more', () => {
    const saved = summaryToSave(full);
    expect(saved).toMatchObject({
      restricted: true,
      accessRequest: grant,
      socialWorker: { name: 'Carla Mendes' },
    });
    for (const content of ['2011-08-03', 'C2 Full care order', 'carla.mendes@', '01632', '2025-11-24']) {
      expect(JSON.stringify(saved)).not.toContain(content);
    }
    const { grantedAccess: _grant, ...ordinary } = full;
    expect(summaryToSave(ordinary)).toBe(ordinary);
  });

  it('002 §6.2: offline, a saved request shows only to its requester, and a past grant reads as expired', () => {
    const saved = summaryToSave(full);
    const before = new Date('2026-12-01T00:00:00.000Z');
    expect(savedSummaryFor(saved, 'staff-kieran', before)).not.toHaveProperty('accessRequest');
    expect(savedSummaryFor(saved, 'staff-marcus', before)).toMatchObject({
      accessRequest: { state: 'granted' },
    });
    const after = new Date('2026-12-26T00:00:00.000Z');
    expect(savedSummaryFor(saved, 'staff-marcus', after)).toMatchObject({
      accessRequest: { state: 'expired' },
    });
  });
});
