/**
 * Filled-in example forms for the unit and PDF tests (fictional: the demo home Larchfield House and
 * made-up people). Not imported by the app.
 */
import { statutoryReg40Event } from '../domain/regulation-40-council.ts';
import type { KeyworkerReportFormInput } from './keyworker-report-form.ts';
import type { Reg40FormInput } from './regulation-40-form.ts';

export const exampleReg40 = (overrides: Partial<Reg40FormInput> = {}): Reg40FormInput => ({
  home: { name: 'Larchfield House', urn: 'SC900101', address: '14 Wren Lane, Sandmere BN12 6RD' },
  event: statutoryReg40Event('serious-police-incident'),
  eventAt: '2026-11-20T22:15:00.000Z',
  location: 'The garden of the home',
  summary: 'A young person was assaulted by an adult unknown to the home at the garden gate.',
  otherChildren: 'M.A.',
  staff: [
    { initials: 'P.S.', jobTitle: 'Registered Manager' },
    { initials: 'O.B.', jobTitle: 'Night Care Worker' },
  ],
  contact: { name: 'Priya Shah', phoneOrEmail: '01632 960114' },
  circumstances: {
    secretaryOfStateIsPlacingAuthority: false,
    homeAreaIsPlacingAuthority: true,
    secureChildrensHome: false,
  },
  organisationsTold: 'Sussex Police, crime reference 47/2026/1120',
  actionsTaken: 'Police called at 22:20; first aid given; the child was supported by staff overnight.',
  actionsPlanned: 'Garden gate lock replaced; safety plan reviewed with the social worker.',
  recipients: [
    { recipient: 'hmci', notifiedAt: '2026-11-21T09:05:00.000Z', note: 'Ofsted online form' },
    { recipient: 'placing-authority', notifiedAt: '2026-11-22T08:00:00.000Z', note: 'Emailed the duty team' },
  ],
  original: null,
  outcome: '',
  ...overrides,
});

export const exampleKeyworker = (
  overrides: Partial<KeyworkerReportFormInput> = {},
): KeyworkerReportFormInput => ({
  kind: 'keyworker-monthly-report',
  keyworker: { name: 'Sam Fletcher', role: 'Residential Child Care Worker' },
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  reviewDate: null,
  forTheReview: '',
  childsViews: 'Leo says he likes his new room and wants more time at the skate park.',
  health: 'Dental check-up on 12/10/2026; sleeping better.',
  education: 'Attendance 96%; the school reports good progress in maths.',
  familyContact: 'Weekly video calls with his grandmother went well.',
  activities: 'Joined the Saturday football club.',
  behaviour: 'No incidents this month.',
  goalsProgress: 'Cooking goal: made a family meal twice.',
  nextSteps: 'Keyworker to book the optician by 15/11/2026.',
  ...overrides,
});
