/**
 * The four incident forms the home uploads (guidance 001 "Recording requirements": "Safeguarding;
 * Missing; Physical Interventions; Significant Incidents; with body maps as needed"), as data
 * (form-spec.ts). Every form asks what a residential manager's incident record holds: when and
 * where, what led up to it, what happened, the child's own views, who was there, injuries, what
 * was done and who was told, and what happens next. Written to be read later by the child too
 * (003: factual, dated, attributed).
 *
 * Beyond the guidance files (cited where used):
 * - Physical Intervention follows the Children's Homes (England) Regulations 2015: reg 20
 *   (restraint only to prevent injury to anyone, or serious damage to property) and reg 35(3)
 *   (the record: date, time, place, the behaviour that led to it, the measure and its duration,
 *   the staff involved, its effectiveness and consequences, any injury, the child's views);
 * - Missing follows the DfE statutory guidance on children who run away or go missing from home or
 *   care (2014): last seen, description, risk, police report and reference, return and the
 *   return interview offered.
 */
import { z } from 'zod';
import { BodyMap } from '../domain/body-map.ts';
import { documentType, offersBodyMap, type DocumentTypeId } from '../domain/catalogue.ts';
import type { FormField, FormPart } from './form-spec.ts';

export const INCIDENT_TYPES = [
  'incident-safeguarding',
  'incident-missing',
  'incident-physical-intervention',
  'incident-significant',
] as const satisfies readonly DocumentTypeId[];
export const IncidentType = z.enum(INCIDENT_TYPES);
export type IncidentType = z.infer<typeof IncidentType>;

const yesNo = (id: string, label: string, hint?: string): FormField => ({
  id,
  label,
  kind: 'yes-no',
  required: true,
  ...(hint ? { hint } : {}),
});
const choices = (...labels: string[]) =>
  labels.map((label) => ({ value: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), label }));

const WHEN_AND_WHERE: FormPart = {
  heading: 'When and where',
  fields: [
    { id: 'incident-date', label: 'Date of the incident', kind: 'date', required: true },
    {
      id: 'incident-time',
      label: 'Time of the incident',
      hint: 'Use the 24-hour clock, for example 21:10',
      kind: 'time',
      required: true,
    },
    {
      id: 'location',
      label: 'Where it happened',
      hint: 'For example, the lounge at the home, or the high street',
      kind: 'text',
      required: true,
    },
  ],
};

const ACCOUNT: FormPart = {
  heading: 'What happened',
  fields: [
    {
      id: 'before',
      label: 'What happened before',
      hint: 'What led up to it, as far as you know',
      kind: 'long-text',
      required: false,
    },
    {
      id: 'account',
      label: 'What happened',
      hint: 'Facts in the order they happened: what was seen and heard, and by whom',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'child-views',
      label: 'The child’s views',
      hint: 'What the child said about it, in their own words where you can',
      kind: 'long-text',
      required: true,
    },
  ],
};

const PEOPLE: FormPart = {
  heading: 'People involved',
  fields: [
    {
      id: 'staff-present',
      label: 'Staff present',
      hint: 'Names and roles',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'others-present',
      label: 'Other people present or witnesses',
      hint: 'Other children by initials only',
      kind: 'long-text',
      required: false,
    },
  ],
};

const INJURIES: FormPart = {
  heading: 'Injuries',
  fields: [
    yesNo('injuries', 'Was anyone injured?'),
    {
      id: 'injury-details',
      label: 'Injuries and first aid or medical care given',
      hint: 'Add a body map below to show where any mark on the child is',
      kind: 'long-text',
      required: true,
      when: { field: 'injuries', equals: 'yes' },
    },
  ],
};

const FOLLOW_UP: FormPart = {
  heading: 'Action and follow-up',
  fields: [
    { id: 'action-taken', label: 'Action taken', kind: 'long-text', required: true },
    {
      id: 'people-told',
      label: 'Who was told, and when',
      hint: 'For example the manager on call, parents, police (with the reference), the Emergency Duty Team. The social worker is told by Hearth when this form is uploaded.',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'next-steps',
      label: 'What happens next',
      hint: 'Plans to keep the child safe and stop it happening again',
      kind: 'long-text',
      required: true,
    },
  ],
};

const SAFEGUARDING: FormPart = {
  heading: 'The concern',
  fields: [
    {
      id: 'concern-category',
      label: 'Kind of concern',
      kind: 'choice',
      required: true,
      options: choices(
        'Physical abuse',
        'Sexual abuse',
        'Emotional abuse',
        'Neglect',
        'Child sexual exploitation',
        'Child criminal exploitation',
        'Online harm',
        'Self-harm',
        'Harm by another child',
        'Allegation against a member of staff',
        'Other',
      ),
    },
    yesNo('disclosure', 'Did the child tell someone about it (a disclosure)?'),
    {
      id: 'disclosure-words',
      label: 'What the child said, in their own words',
      hint: 'Write exactly what they said. Do not add to it or explain it.',
      kind: 'long-text',
      required: true,
      when: { field: 'disclosure', equals: 'yes' },
    },
    yesNo('dsl-told', 'Was the designated safeguarding lead told?'),
    {
      id: 'referral',
      label: 'Referral made',
      hint: 'To whom (for example children’s services, the LADO, the police), when, and any reference',
      kind: 'long-text',
      required: false,
    },
  ],
};

const MISSING: FormPart = {
  heading: 'The missing episode',
  fields: [
    { id: 'last-seen-date', label: 'Date last seen', kind: 'date', required: true },
    {
      id: 'last-seen-time',
      label: 'Time last seen',
      hint: 'For example, 21:10',
      kind: 'time',
      required: true,
    },
    { id: 'last-seen-where', label: 'Where last seen', kind: 'text', required: true },
    {
      id: 'description',
      label: 'Description and clothing when last seen',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'risk',
      label: 'Risk assessed',
      kind: 'choice',
      required: true,
      options: choices('Low', 'Medium', 'High'),
    },
    { id: 'searches', label: 'Searches and calls made before reporting', kind: 'long-text', required: true },
    yesNo('police-told', 'Was the child reported missing to the police?'),
    {
      id: 'police-reference',
      label: 'Police reference number',
      kind: 'text',
      required: true,
      when: { field: 'police-told', equals: 'yes' },
    },
    yesNo('returned', 'Has the child come back?'),
    {
      id: 'return-date',
      label: 'Date returned',
      kind: 'date',
      required: true,
      when: { field: 'returned', equals: 'yes' },
    },
    {
      id: 'return-time',
      label: 'Time returned',
      kind: 'time',
      required: true,
      when: { field: 'returned', equals: 'yes' },
    },
    {
      id: 'whereabouts',
      label: 'Where they were and who with, if known',
      kind: 'long-text',
      required: false,
      when: { field: 'returned', equals: 'yes' },
    },
    {
      id: 'return-interview',
      label: 'Was an independent return interview offered?',
      kind: 'yes-no',
      required: true,
      when: { field: 'returned', equals: 'yes' },
    },
  ],
};

const PHYSICAL_INTERVENTION: FormPart = {
  heading: 'The intervention',
  fields: [
    {
      id: 'reason',
      label: 'Reason for the intervention',
      hint: 'Regulation 20: only to prevent injury to anyone, or serious damage to property',
      kind: 'choice',
      required: true,
      options: choices(
        'To prevent injury to the child',
        'To prevent injury to another person',
        'To prevent serious damage to property',
      ),
    },
    {
      id: 'de-escalation',
      label: 'What was tried first to calm things down',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'technique',
      label: 'Hold or technique used',
      hint: 'Name it as in your training, for example a two-person escort',
      kind: 'long-text',
      required: true,
    },
    { id: 'start-time', label: 'Time the hold started', kind: 'time', required: true },
    { id: 'end-time', label: 'Time the hold ended', kind: 'time', required: true },
    {
      id: 'staff-involved',
      label: 'Staff who held the child',
      hint: 'Names and roles',
      kind: 'long-text',
      required: true,
    },
    {
      id: 'effect',
      label: 'How effective it was, and what followed',
      kind: 'long-text',
      required: true,
    },
    yesNo('debrief', 'Has the child been spoken to about it since?'),
  ],
};

const SIGNIFICANT: FormPart = {
  heading: 'The incident',
  fields: [
    {
      id: 'category',
      label: 'Kind of incident',
      kind: 'choice',
      required: true,
      options: choices(
        'Self-harm',
        'Damage to property',
        'Assault on a member of staff',
        'Assault on another child',
        'Accident or injury',
        'Police involvement',
        'Drugs or alcohol',
        'Allegation',
        'Exclusion from school',
        'Other',
      ),
    },
    yesNo('police-involved', 'Were the police involved?'),
    {
      id: 'police-reference',
      label: 'Police reference number',
      kind: 'text',
      required: false,
      when: { field: 'police-involved', equals: 'yes' },
    },
  ],
};

export interface IncidentFormSpec {
  documentType: IncidentType;
  /** As the catalogue labels it; the default brief description in the 004 title. */
  label: string;
  parts: readonly FormPart[];
}

const withCommon = (specific: FormPart): readonly FormPart[] => [
  WHEN_AND_WHERE,
  specific,
  ACCOUNT,
  PEOPLE,
  INJURIES,
  FOLLOW_UP,
];

export const INCIDENT_FORMS: Readonly<Record<IncidentType, IncidentFormSpec>> = {
  'incident-safeguarding': {
    documentType: 'incident-safeguarding',
    label: 'Incident form: Safeguarding',
    parts: withCommon(SAFEGUARDING),
  },
  'incident-missing': {
    documentType: 'incident-missing',
    label: 'Incident form: Missing',
    parts: withCommon(MISSING),
  },
  'incident-physical-intervention': {
    documentType: 'incident-physical-intervention',
    label: 'Incident form: Physical Intervention',
    parts: withCommon(PHYSICAL_INTERVENTION),
  },
  'incident-significant': {
    documentType: 'incident-significant',
    label: 'Incident form: Significant Incident',
    parts: withCommon(SIGNIFICANT),
  },
};

const Person = z.strictObject({
  name: z.string().trim().min(1).max(120),
  role: z.string().trim().min(1).max(120),
});

/**
 * A checked incident form, ready to become its PDF: the answers by field id (from
 * `checkFormValues`), the optional body map (a new chart for this incident), the date completed
 * and, only "on behalf of" (000), who wrote it.
 */
export const IncidentForm = z
  .strictObject({
    documentType: IncidentType,
    values: z.record(z.string(), z.string().max(5000)),
    bodyMap: BodyMap.nullable(),
    completedOn: z.iso.date(),
    author: Person.optional(),
  })
  // The catalogue decides which forms carry a body map (001 "with body maps as needed"), here as on the screen.
  .refine((form) => form.bodyMap === null || offersBodyMap(documentType(form.documentType)), {
    message: 'This form does not carry a body map',
    path: ['bodyMap'],
  });
export type IncidentForm = z.infer<typeof IncidentForm>;
