/**
 * Regulation 40 of the Children's Homes (England) Regulations 2015 (SI 2015/541), "Notification of
 * a serious event", as data: which events must be notified and to whom, each mapping with the
 * paragraph it comes from so a reviewer can check it against
 * https://www.legislation.gov.uk/uksi/2015/541/regulation/40 (DOMAIN.md "Regulation 40 notifications").
 *
 * - 40(1) a child's death: HMCI (a), the placing authority (b), the Secretary of State if not the
 *   placing authority (c), the local authority for the home's area if not the placing authority (d),
 *   the integrated care board for the home's area (e), the Prisons and Probation Ombudsman if the
 *   child was in a secure children's home (f), and each other relevant person (g).
 * - 40(2) is the PPO's investigation of a death in a secure home: nothing to notify, so no entry.
 * - 40(3) a referral of a person working in the home under s35 Safeguarding Vulnerable Groups Act
 *   2006: HMCI (a), the placing authority (b), each other relevant person (c).
 * - 40(4) HMCI and each other relevant person: sexual exploitation (a), a serious incident needing
 *   the police (b), an allegation of abuse against the home or a person working there (c), a child
 *   protection enquiry (s47 Children Act 1989) instigated or concluded (d).
 *
 * "Each other relevant person" is the registered person's judgement; DOMAIN.md reads it as "at least
 * the placing authority", so under 40(4) the placing authority is listed as a relevant person.
 * Councils add their own serious events as data (see regulation-40-council.ts), never as code.
 */
import { z } from 'zod';
import { MANAGER_ROLES, type Role } from './roles.ts';

export const RECIPIENT_IDS = [
  'hmci',
  'placing-authority',
  'secretary-of-state',
  'home-area-local-authority',
  'integrated-care-board',
  'prisons-probation-ombudsman',
  'other-relevant-persons',
] as const;
export const RecipientId = z.enum(RECIPIENT_IDS);
export type RecipientId = z.infer<typeof RecipientId>;

export const RECIPIENT_LABELS: Record<RecipientId, string> = {
  hmci: 'HMCI (Ofsted)',
  'placing-authority': 'The placing authority',
  'secretary-of-state': 'The Secretary of State',
  'home-area-local-authority': "The local authority for the home's area",
  'integrated-care-board': "The integrated care board for the home's area",
  'prisons-probation-ombudsman': 'The Prisons and Probation Ombudsman',
  'other-relevant-persons': 'Each other relevant person',
};

/**
 * When a recipient applies. The regulation names some only in some circumstances (40(1)(c), (d), (f)),
 * so the home answers those questions on the form and the list follows.
 */
export const RECIPIENT_CONDITIONS = [
  'always',
  'secretary-of-state-not-placing-authority',
  'home-area-not-placing-authority',
  'secure-childrens-home',
] as const;
export const RecipientCondition = z.enum(RECIPIENT_CONDITIONS);
export type RecipientCondition = z.infer<typeof RecipientCondition>;

export const RecipientRule = z.object({
  recipient: RecipientId,
  /** The paragraph that names this recipient, e.g. `40(1)(b)`. */
  paragraph: z.string().min(1).max(60),
  when: RecipientCondition.default('always'),
});
export type RecipientRule = z.infer<typeof RecipientRule>;

export const Reg40EventType = z.object({
  /** Lower-case words joined by hyphens; councils' own events start with `council-`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(60),
  /** As the manager reads it on the form and the PDF. */
  label: z.string().min(1).max(200),
  /** The paragraph (or the council's policy) that makes it notifiable. */
  source: z.string().min(1).max(200),
  recipients: z.array(RecipientRule).min(1),
  /**
   * A follow-up to an earlier notification of this event type (40(4)(d): the enquiry "concludes"):
   * the form then needs the original notification's title, date and document id.
   */
  followUpOf: z.string().optional(),
});
export type Reg40EventType = z.infer<typeof Reg40EventType>;

const rule = (
  recipient: RecipientId,
  paragraph: string,
  when: RecipientCondition = 'always',
): RecipientRule => ({
  recipient,
  paragraph,
  when,
});

/** 40(4): HMCI, then each other relevant person, of whom the placing authority is always one (DOMAIN.md). */
const para4 = (letter: string): RecipientRule[] => [
  rule('hmci', `40(4)(${letter})`),
  rule('placing-authority', `40(4)(${letter}) as a relevant person`),
  rule('other-relevant-persons', `40(4)(${letter})`),
];

export const STATUTORY_EVENT_TYPES: readonly Reg40EventType[] = [
  {
    id: 'child-death',
    label: 'Death of a child',
    source: 'Regulation 40(1)',
    recipients: [
      rule('hmci', '40(1)(a)'),
      rule('placing-authority', '40(1)(b)'),
      rule('secretary-of-state', '40(1)(c)', 'secretary-of-state-not-placing-authority'),
      rule('home-area-local-authority', '40(1)(d)', 'home-area-not-placing-authority'),
      rule('integrated-care-board', '40(1)(e)'),
      rule('prisons-probation-ombudsman', '40(1)(f)', 'secure-childrens-home'),
      rule('other-relevant-persons', '40(1)(g)'),
    ],
  },
  {
    id: 'staff-referral-s35',
    label:
      'Referral of a person working in the home under section 35 of the Safeguarding Vulnerable Groups Act 2006',
    source: 'Regulation 40(3)',
    recipients: [
      rule('hmci', '40(3)(a)'),
      rule('placing-authority', '40(3)(b)'),
      rule('other-relevant-persons', '40(3)(c)'),
    ],
  },
  {
    id: 'sexual-exploitation',
    label:
      'A child is involved in or subject to, or suspected of being involved in or subject to, sexual exploitation',
    source: 'Regulation 40(4)(a)',
    recipients: para4('a'),
  },
  {
    id: 'serious-police-incident',
    label: 'An incident needing police involvement that the registered person considers serious',
    source: 'Regulation 40(4)(b)',
    recipients: para4('b'),
  },
  {
    id: 'allegation-of-abuse',
    label: 'An allegation of abuse against the home or a person working there',
    source: 'Regulation 40(4)(c)',
    recipients: para4('c'),
  },
  {
    id: 'child-protection-enquiry-instigated',
    label: 'A child protection enquiry (section 47 Children Act 1989) was instigated',
    source: 'Regulation 40(4)(d)',
    recipients: para4('d'),
  },
  {
    id: 'child-protection-enquiry-concluded',
    label: 'A child protection enquiry (section 47 Children Act 1989) concluded',
    source: 'Regulation 40(4)(d)',
    recipients: para4('d'),
    followUpOf: 'child-protection-enquiry-instigated',
  },
];

/** The answers that decide the conditional recipients of 40(1). */
export interface Circumstances {
  /** 40(1)(c): the Secretary of State is told unless they are the placing authority. */
  secretaryOfStateIsPlacingAuthority: boolean;
  /** 40(1)(d): the home's own local authority is told unless it placed the child. */
  homeAreaIsPlacingAuthority: boolean;
  /** 40(1)(f): only a secure children's home tells the PPO. */
  secureChildrensHome: boolean;
}

export const ORDINARY_HOME: Circumstances = {
  secretaryOfStateIsPlacingAuthority: false,
  homeAreaIsPlacingAuthority: false,
  secureChildrensHome: false,
};

function applies(when: RecipientCondition, c: Circumstances): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'secretary-of-state-not-placing-authority':
      return !c.secretaryOfStateIsPlacingAuthority;
    case 'home-area-not-placing-authority':
      return !c.homeAreaIsPlacingAuthority;
    case 'secure-childrens-home':
      return c.secureChildrensHome;
  }
}

export interface RequiredRecipient {
  recipient: RecipientId;
  label: string;
  paragraph: string;
}

/** Who must be told of `event` in these circumstances, in the regulation's order. */
export function requiredRecipients(event: Reg40EventType, circumstances: Circumstances): RequiredRecipient[] {
  return event.recipients
    .filter((r) => applies(r.when, circumstances))
    .map((r) => ({ recipient: r.recipient, label: RECIPIENT_LABELS[r.recipient], paragraph: r.paragraph }));
}

/** "Without delay": homes work to 24 hours, weekends and public holidays included (DOMAIN.md). */
export const WITHOUT_DELAY_MS = 24 * 60 * 60 * 1000;

export type ClockState = 'due' | 'overdue';

export interface Reg40Clock {
  /** Due at once from the event; overdue once more than 24 hours have passed. */
  state: ClockState;
  /** Milliseconds since the event (0 when the event time is in the future, e.g. a typing slip). */
  elapsedMs: number;
  /** When the 24 hours run out (ISO-8601). */
  overdueAfter: string;
}

/** The notification clock at `now`. Pure: the screen passes its own `now` each minute. */
export function reg40Clock(eventAt: Date, now: Date): Reg40Clock {
  const elapsedMs = Math.max(0, now.getTime() - eventAt.getTime());
  return {
    state: elapsedMs > WITHOUT_DELAY_MS ? 'overdue' : 'due',
    elapsedMs,
    overdueAfter: new Date(eventAt.getTime() + WITHOUT_DELAY_MS).toISOString(),
  };
}

/** Whether a recipient ticked at `notifiedAt` was told within the 24 hours of the event. */
export const notifiedWithin24Hours = (eventAt: Date, notifiedAt: Date): boolean =>
  notifiedAt.getTime() - eventAt.getTime() <= WITHOUT_DELAY_MS;

/** "2 days 3 hours", "5 hours 12 minutes", "less than a minute": how long since the event, in words. */
export function elapsedInWords(elapsedMs: number): string {
  const minutes = Math.floor(elapsedMs / 60_000);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return mins > 0 ? `${unit(hours, 'hour')} ${unit(mins, 'minute')}` : unit(hours, 'hour');
  return unit(mins, 'minute');
}

/**
 * Who writes the notification in Hearth. The regulation puts the duty on "the registered person";
 * in a council home that is the registered manager, and the assistant manager deputises when they
 * are away (notification is "without delay", weekends included). Guidance 001 lets principal
 * workers upload a Regulation 40 notification to the record, so they still can through the upload
 * screen (a scan or a copy the manager made), but the form that records who the home told is the
 * managers' (the decision recorded in the issue note).
 */
export const REG40_WRITER_ROLES: ReadonlySet<Role> = MANAGER_ROLES;

export const mayWriteReg40 = (role: Role): boolean => REG40_WRITER_ROLES.has(role);
