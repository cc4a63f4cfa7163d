/**
 * The Regulation 40 notification as Hearth records it (DOMAIN.md "Regulation 40 notifications"):
 * the fields Ofsted's "tell Ofsted about an incident" notification asks for — the home's URN and
 * address, the incident type and summary, when and where, contact details, the children involved,
 * staff by initials and job title (not names: the form travels beyond the council), the other
 * organisations told, the actions taken and the planned prevention — and a tick with its time for
 * each recipient the regulation names. Hearth files it on the child's record; it does not send it to
 * Ofsted or anyone else (the manager does that, then ticks).
 *
 * A notification of a concluded child protection enquiry (40(4)(d)) is an update that quotes the
 * original notification: its title, date and document id (or, while still on this computer, its
 * outbox id).
 */
import { z } from 'zod';
import { documentTitle } from '../domain/naming.ts';
import {
  RecipientId,
  Reg40EventType,
  notifiedWithin24Hours,
  requiredRecipients,
  type Circumstances,
  type RequiredRecipient,
} from '../domain/regulation-40.ts';
import { FieldText, LongText, collectProblems, type FieldProblem } from './form-fields.ts';

/** Ofsted's URNs for children's homes are "SC" and six digits, e.g. SC123456. */
export const OfstedUrn = z
  .string()
  .trim()
  .regex(/^SC\d{6}$/i, 'Enter the home’s Ofsted URN, like SC123456')
  .transform((v) => v.toUpperCase());

export const StaffInvolved = z.object({
  initials: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z.' -]{0,9}$/, 'Enter the staff member’s initials, like J.S.'),
  jobTitle: FieldText('Enter the staff member’s job title'),
});
export type StaffInvolved = z.infer<typeof StaffInvolved>;

export const RecipientTick = z.object({
  recipient: RecipientId,
  /** When the manager told them (ISO-8601), or null while not yet told. */
  notifiedAt: z.iso.datetime({ message: 'Enter the date and time they were told' }).nullable(),
  /** Who was spoken to or where it went, e.g. "Ofsted online form, ref NOT-123". */
  note: z.string().trim().max(300).default(''),
});
export type RecipientTick = z.infer<typeof RecipientTick>;

export const OriginalNotification = z
  .object({
    title: z.string().trim().min(1).max(250),
    /** The original's date completed, `YYYY-MM-DD`. */
    completedOn: z.iso.date(),
    /** The gateway's document id once received; else null and the outbox id below. */
    documentId: z.string().min(1).max(100).nullable(),
    outboxId: z.uuid().nullable(),
  })
  .refine((o) => o.documentId !== null || o.outboxId !== null, {
    message: 'Choose the original notification',
    path: ['documentId'],
  });
export type OriginalNotification = z.infer<typeof OriginalNotification>;

export const Reg40Form = z
  .object({
    home: z.object({
      name: FieldText('Enter the home’s name'),
      urn: OfstedUrn,
      address: FieldText('Enter the home’s address'),
    }),
    /**
     * The event as the rules stood when it was written (its label, source and recipients): one of the
     * statutory events or the council's configured ones (regulation-40-council.ts), so the record
     * says which rule it followed. Null while none is chosen.
     */
    event: Reg40EventType.nullable(),
    /** When the event happened (ISO-8601): the 24-hour clock runs from here. */
    eventAt: z.iso.datetime({ message: 'Enter the date and time of the event' }),
    location: FieldText('Enter where it happened'),
    summary: LongText('Describe what happened'),
    /** Other children involved, by initials (the record's own child is named by the frame). */
    otherChildren: z.string().trim().max(500).default(''),
    staff: z.array(StaffInvolved).max(20),
    contact: z.object({
      name: FieldText('Enter the name of the person Ofsted should contact'),
      phoneOrEmail: FieldText('Enter a phone number or email for the contact'),
    }),
    circumstances: z.object({
      secretaryOfStateIsPlacingAuthority: z.boolean(),
      homeAreaIsPlacingAuthority: z.boolean(),
      secureChildrensHome: z.boolean(),
    }),
    organisationsTold: z.string().trim().max(2000).default(''),
    actionsTaken: LongText('Describe the actions taken'),
    actionsPlanned: LongText('Describe the actions planned to prevent it happening again'),
    recipients: z.array(RecipientTick),
    /** Only for a follow-up (the event type's `followUpOf`). */
    original: OriginalNotification.nullable(),
    /** Only for a follow-up: what the enquiry concluded. */
    outcome: z.string().trim().max(5000).default(''),
  })
  .superRefine((form, ctx) => {
    const { event } = form;
    // Reported at the choice of event, where the manager answers it.
    if (event === null)
      ctx.addIssue({ code: 'custom', path: ['eventTypeId'], message: 'Choose the type of event' });
    if (event?.followUpOf !== undefined) {
      if (form.original === null) {
        ctx.addIssue({ code: 'custom', path: ['original'], message: 'Choose the original notification' });
      }
      if (form.outcome === '') {
        ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Describe what the enquiry concluded' });
      }
    }
    for (const [i, tick] of form.recipients.entries()) {
      if (tick.notifiedAt !== null && tick.notifiedAt < form.eventAt) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipients', i, 'notifiedAt'],
          message: 'The time told cannot be before the event',
        });
      }
    }
  })
  .transform(({ event, ...rest }, ctx) => {
    if (event === null) {
      ctx.addIssue({ code: 'custom', path: ['eventTypeId'], message: 'Choose the type of event' });
      return z.NEVER;
    }
    return { ...rest, event };
  });
export type Reg40Form = z.output<typeof Reg40Form>;
export type Reg40FormInput = z.input<typeof Reg40Form>;

/** The checked form, or each problem with its field for the GOV.UK error summary. */
export function checkReg40Form(
  input: unknown,
): { ok: true; value: Reg40Form } | { ok: false; problems: FieldProblem[] } {
  const parsed = Reg40Form.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: collectProblems(parsed.error) };
}

/**
 * The recipients to show, each with its tick: the regulation's list for the event and circumstances,
 * keeping any time already entered for a recipient who is still on it.
 */
export function recipientTicks(
  event: Reg40EventType | null | undefined,
  circumstances: Circumstances,
  current: readonly RecipientTick[],
): (RequiredRecipient & { tick: RecipientTick })[] {
  if (!event) return [];
  return requiredRecipients(event, circumstances).map((r) => ({
    ...r,
    tick: current.find((t) => t.recipient === r.recipient) ?? {
      recipient: r.recipient,
      notifiedAt: null,
      note: '',
    },
  }));
}

export interface NotificationSummary {
  /** Every required recipient ticked. */
  allNotified: boolean;
  /** Every required recipient ticked within 24 hours of the event. */
  allWithin24Hours: boolean;
  rows: {
    label: string;
    paragraph: string;
    notifiedAt: string | null;
    within24Hours: boolean | null;
    note: string;
  }[];
}

/** What the PDF says about each recipient and whether the notification went within the 24 hours. */
export function notificationSummary(form: Reg40Form): NotificationSummary {
  const eventAt = new Date(form.eventAt);
  const rows = recipientTicks(form.event, form.circumstances, form.recipients).map((r) => ({
    label: r.label,
    paragraph: r.paragraph,
    notifiedAt: r.tick.notifiedAt,
    within24Hours:
      r.tick.notifiedAt === null ? null : notifiedWithin24Hours(eventAt, new Date(r.tick.notifiedAt)),
    note: r.tick.note,
  }));
  return {
    allNotified: rows.every((r) => r.notifiedAt !== null),
    allWithin24Hours: rows.every((r) => r.within24Hours === true),
    rows,
  };
}

/** The naming standard's brief description (004): an update says so, so the two are told apart. */
export function reg40Description(form: { event: Pick<Reg40EventType, 'followUpOf'> }): string {
  return form.event.followUpOf !== undefined
    ? 'Regulation 40 notification update: child protection enquiry concluded'
    : 'Regulation 40 notification';
}

export const reg40Title = (
  childName: string,
  form: { event: Pick<Reg40EventType, 'followUpOf'> },
  completedOn: string,
): string => documentTitle({ name: childName, description: reg40Description(form), completedOn });
