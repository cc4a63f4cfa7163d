// Regulation 40, Children's Homes (England) Regulations 2015 (DOMAIN.md "Regulation 40 notifications").
import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.ts';
import {
  BUILT_IN_COUNCIL_EVENTS,
  findReg40Event,
  reg40EventsFrom,
  reg40EventTypes,
} from './regulation-40-council.ts';
import {
  ORDINARY_HOME,
  STATUTORY_EVENT_TYPES,
  elapsedInWords,
  mayWriteReg40,
  notifiedWithin24Hours,
  reg40Clock,
  requiredRecipients,
  type Reg40EventType,
} from './regulation-40.ts';

const event = (id: string): Reg40EventType => {
  const found = STATUTORY_EVENT_TYPES.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const told = (id: string, circumstances = ORDINARY_HOME) =>
  requiredRecipients(event(id), circumstances).map((r) => `${r.recipient} ${r.paragraph}`);

describe('Regulation 40: who must be told of each event', () => {
  it('40(1) a death in an ordinary home placed by another council: HMCI, placing authority, SoS, home-area LA, ICB, others', () => {
    expect(told('child-death')).toEqual([
      'hmci 40(1)(a)',
      'placing-authority 40(1)(b)',
      'secretary-of-state 40(1)(c)',
      'home-area-local-authority 40(1)(d)',
      'integrated-care-board 40(1)(e)',
      'other-relevant-persons 40(1)(g)',
    ]);
  });

  it('40(1)(c), (d), (f): the conditional recipients follow the answers about the placement and the home', () => {
    const placedByHomeArea = told('child-death', { ...ORDINARY_HOME, homeAreaIsPlacingAuthority: true });
    expect(placedByHomeArea).not.toContain('home-area-local-authority 40(1)(d)');
    const placedBySoS = told('child-death', { ...ORDINARY_HOME, secretaryOfStateIsPlacingAuthority: true });
    expect(placedBySoS).not.toContain('secretary-of-state 40(1)(c)');
    const secure = told('child-death', { ...ORDINARY_HOME, secureChildrensHome: true });
    expect(secure).toContain('prisons-probation-ombudsman 40(1)(f)');
  });

  it('40(3) a section 35 SVGA 2006 referral: HMCI, the placing authority and each other relevant person, nobody else', () => {
    expect(told('staff-referral-s35')).toEqual([
      'hmci 40(3)(a)',
      'placing-authority 40(3)(b)',
      'other-relevant-persons 40(3)(c)',
    ]);
  });

  it.each([
    ['sexual-exploitation', 'a'],
    ['serious-police-incident', 'b'],
    ['allegation-of-abuse', 'c'],
    ['child-protection-enquiry-instigated', 'd'],
    ['child-protection-enquiry-concluded', 'd'],
  ])('40(4)(%s): HMCI and each other relevant person (the placing authority always one)', (id, letter) => {
    expect(told(id)).toEqual([
      `hmci 40(4)(${letter})`,
      `placing-authority 40(4)(${letter}) as a relevant person`,
      `other-relevant-persons 40(4)(${letter})`,
    ]);
  });

  it('only a death reaches the Secretary of State, the integrated care board or the PPO', () => {
    const wide = new Set(['secretary-of-state', 'integrated-care-board', 'prisons-probation-ombudsman']);
    const secure = { ...ORDINARY_HOME, secureChildrensHome: true };
    for (const e of STATUTORY_EVENT_TYPES.filter((x) => x.id !== 'child-death')) {
      expect(requiredRecipients(e, secure).filter((r) => wide.has(r.recipient))).toEqual([]);
    }
  });

  it('the conclusion of a child protection enquiry is a follow-up of its instigation (40(4)(d))', () => {
    expect(event('child-protection-enquiry-concluded').followUpOf).toBe(
      'child-protection-enquiry-instigated',
    );
    expect(STATUTORY_EVENT_TYPES.filter((e) => e.followUpOf !== undefined)).toHaveLength(1);
  });

  it('every mapping cites its paragraph of regulation 40', () => {
    for (const e of STATUTORY_EVENT_TYPES) {
      expect(e.source).toMatch(/^Regulation 40\(\d\)/);
      for (const r of e.recipients) expect(r.paragraph).toMatch(/^40\(\d\)/);
    }
  });
});

describe("Regulation 40: the council's own events, added as data", () => {
  const selfHarm = {
    id: 'council-serious-self-harm',
    label: 'A serious incident of self-harm',
    source: 'Council policy CH-12',
    recipients: [{ recipient: 'hmci', paragraph: 'Council policy CH-12' }],
  };

  it('adds a valid council event after the statutory ones', () => {
    const all = reg40EventTypes([selfHarm]);
    expect(all.ok && all.value.map((e) => e.id).at(-1)).toBe('council-serious-self-harm');
    expect(all.ok && all.value.length).toBe(STATUTORY_EVENT_TYPES.length + 1);
  });

  it('refuses an event that would replace a statutory one, an unknown recipient, or no recipients', () => {
    expect(reg40EventTypes([{ ...selfHarm, id: 'child-death' }])).toMatchObject({ ok: false });
    expect(reg40EventTypes([selfHarm, selfHarm])).toMatchObject({
      ok: false,
      message: expect.stringContaining('twice'),
    });
    expect(
      reg40EventTypes([{ ...selfHarm, recipients: [{ recipient: 'the-press', paragraph: 'x' }] }]),
    ).toMatchObject({
      ok: false,
    });
    expect(reg40EventTypes([{ ...selfHarm, recipients: [] }])).toMatchObject({ ok: false });
  });

  it('the form offers every statutory event whatever the council adds, the council’s after them', () => {
    const all = reg40EventsFrom([selfHarm]);
    for (const e of STATUTORY_EVENT_TYPES) expect(findReg40Event(all, e.id)).toEqual(e);
    expect(findReg40Event(all, 'council-serious-self-harm')?.source).toBe('Council policy CH-12');
    // A profile from an earlier version has no council list; a broken one cannot hide the law's events.
    expect(reg40EventsFrom(undefined)).toEqual(STATUTORY_EVENT_TYPES);
    expect(reg40EventsFrom([{ ...selfHarm, id: 'child-death' }])).toEqual(STATUTORY_EVENT_TYPES);
    expect(reg40EventsFrom(BUILT_IN_COUNCIL_EVENTS)).toEqual(STATUTORY_EVENT_TYPES);
  });
});

describe('Regulation 40: the "without delay" clock (homes work to 24 hours)', () => {
  const eventAt = new Date('2026-11-20T22:15:00.000Z');
  const after = (ms: number) => new Date(eventAt.getTime() + ms);
  const HOUR = 60 * 60 * 1000;

  it('is due at once, from the moment of the event', () => {
    expect(reg40Clock(eventAt, eventAt)).toMatchObject({ state: 'due', elapsedMs: 0 });
  });

  it('is still due at exactly 24 hours and overdue one millisecond later', () => {
    expect(reg40Clock(eventAt, after(24 * HOUR)).state).toBe('due');
    expect(reg40Clock(eventAt, after(24 * HOUR + 1)).state).toBe('overdue');
    expect(reg40Clock(eventAt, after(0)).overdueAfter).toBe('2026-11-21T22:15:00.000Z');
  });

  it('counts weekends and public holidays like any other day', () => {
    const christmas = new Date('2026-12-25T09:00:00.000Z'); // a Friday and a bank holiday
    expect(reg40Clock(christmas, new Date('2026-12-26T09:00:00.001Z')).state).toBe('overdue');
  });

  it('treats an event time in the future as just happened rather than counting backwards', () => {
    expect(reg40Clock(after(HOUR), eventAt)).toMatchObject({ state: 'due', elapsedMs: 0 });
  });

  it('says whether each recipient was told within the 24 hours, at the boundary', () => {
    expect(notifiedWithin24Hours(eventAt, after(24 * HOUR))).toBe(true);
    expect(notifiedWithin24Hours(eventAt, after(24 * HOUR + 60_000))).toBe(false);
  });

  it('says the time since the event in words', () => {
    expect(elapsedInWords(30_000)).toBe('less than a minute');
    expect(elapsedInWords(60_000)).toBe('1 minute');
    expect(elapsedInWords(5 * HOUR + 12 * 60_000)).toBe('5 hours 12 minutes');
    expect(elapsedInWords(3 * HOUR)).toBe('3 hours');
    expect(elapsedInWords(49 * HOUR)).toBe('2 days 1 hour');
  });
});

describe('Regulation 40: who writes the notification', () => {
  it('the registered manager and the assistant manager (the registered person and their deputy), no one else', () => {
    expect(ROLES.filter(mayWriteReg40)).toEqual(['registered-manager', 'assistant-manager']);
  });
});
