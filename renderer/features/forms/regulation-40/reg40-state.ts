/**
 * What the Regulation 40 screen holds while the manager types (plain strings and booleans), and
 * how it becomes the input that shared/forms/regulation-40-form.ts checks. The home's URN and
 * address come with the session; a profile kept by an earlier version has neither, so they are also
 * remembered on this computer, per home, from the last notification saved here: they describe the
 * home, not a child, so keeping them in plain localStorage is fine (003 is about personal data).
 */
import { z } from 'zod';
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { findReg40Event, reg40EventsFrom } from '../../../../shared/domain/regulation-40-council.ts';
import {
  ORDINARY_HOME,
  type Circumstances,
  type RecipientId,
  type Reg40EventType,
} from '../../../../shared/domain/regulation-40.ts';
import {
  recipientTicks,
  type OriginalNotification,
  type Reg40FormInput,
} from '../../../../shared/forms/regulation-40-form.ts';
import { localDateTimeToIso } from '../../../ui/controls/local-date-time.ts';

export interface TickState {
  told: boolean;
  /** datetime-local text, e.g. `2026-11-21T09:05`. */
  at: string;
  note: string;
}

export interface Reg40State {
  /**
   * The events this form offers: the statutory ones and the council's own, which the gateway's
   * configuration sends with the session (and the offline grant), so the list is the council's.
   */
  events: readonly Reg40EventType[];
  /** The chosen event's id, '' until one is chosen. */
  eventTypeId: string;
  /** datetime-local text. */
  eventAt: string;
  location: string;
  summary: string;
  otherChildren: string;
  staff: { key: number; initials: string; jobTitle: string }[];
  home: { name: string; urn: string; address: string };
  contact: { name: string; phoneOrEmail: string };
  circumstances: Circumstances;
  organisationsTold: string;
  actionsTaken: string;
  actionsPlanned: string;
  ticks: Partial<Record<RecipientId, TickState>>;
  original: OriginalNotification | null;
  outcome: string;
}

const HomeDetails = z.object({ urn: z.string().max(20), address: z.string().max(300) });
const homeKey = (homeId: string) => `hearth.reg40.home.${homeId}`;

export function rememberedHome(homeId: string): { urn: string; address: string } {
  try {
    const parsed = HomeDetails.safeParse(JSON.parse(localStorage.getItem(homeKey(homeId)) ?? 'null'));
    return parsed.success ? parsed.data : { urn: '', address: '' };
  } catch {
    return { urn: '', address: '' };
  }
}

export function rememberHome(homeId: string, details: { urn: string; address: string }): void {
  try {
    localStorage.setItem(homeKey(homeId), JSON.stringify(details));
  } catch {
    // Storage full or disabled: the manager types them again next time; nothing else depends on it.
  }
}

export function emptyReg40(staff: StaffProfile, eventTypeId = ''): Reg40State {
  const home = rememberedHome(staff.home.id);
  return {
    events: reg40EventsFrom(staff.council?.reg40Events),
    eventTypeId,
    eventAt: '',
    location: '',
    summary: '',
    otherChildren: '',
    staff: [{ key: 0, initials: '', jobTitle: '' }],
    home: {
      name: staff.home.name,
      urn: staff.home.ofstedUrn ?? home.urn,
      address: staff.home.address ?? home.address,
    },
    // Ofsted contacts the person who notified: the manager writing it, unless they change it.
    contact: { name: staff.name, phoneOrEmail: '' },
    circumstances: ORDINARY_HOME,
    organisationsTold: '',
    actionsTaken: '',
    actionsPlanned: '',
    ticks: {},
    original: null,
    outcome: '',
  };
}

/** The events a manager chooses from (a follow-up has its own screen), each with where its rule comes from. */
export const eventOptions = (state: Pick<Reg40State, 'events'>) =>
  state.events
    .filter((e) => e.followUpOf === undefined)
    .map((e) => ({ value: e.id, label: e.label, hint: e.source }));

const chosenEvent = (state: Reg40State) => findReg40Event(state.events, state.eventTypeId) ?? null;

/** The recipients shown for the current event and answers, in the regulation's order. */
export const shownRecipients = (state: Reg40State) =>
  recipientTicks(chosenEvent(state), state.circumstances, []).map((r) => ({
    ...r,
    state: state.ticks[r.recipient] ?? { told: false, at: '', note: '' },
  }));

/** The input for `checkReg40Form`: only the recipients now shown, in the order shown. */
export function toReg40Input(state: Reg40State): Reg40FormInput {
  return {
    home: state.home,
    event: chosenEvent(state),
    eventAt: localDateTimeToIso(state.eventAt),
    location: state.location,
    summary: state.summary,
    otherChildren: state.otherChildren,
    // Every row shown is checked (a row not wanted is removed), so problems point at the right row.
    staff: state.staff.map(({ initials, jobTitle }) => ({ initials, jobTitle })),
    contact: state.contact,
    circumstances: state.circumstances,
    organisationsTold: state.organisationsTold,
    actionsTaken: state.actionsTaken,
    actionsPlanned: state.actionsPlanned,
    recipients: shownRecipients(state).map((r) => ({
      recipient: r.recipient,
      notifiedAt: r.state.told ? localDateTimeToIso(r.state.at) || 'invalid' : null,
      note: r.state.note,
    })),
    original: state.original,
    outcome: state.outcome,
  };
}

/** The id of the control a problem's field is shown at (the error summary links to it). */
export const reg40FieldId = (field: string): string => `reg40-${field.replace(/\./g, '-')}`;
