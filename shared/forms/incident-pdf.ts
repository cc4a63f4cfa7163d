/**
 * An incident form as its PDF, through the common frame (shared/pdf/form-pdf.ts): the heading
 * block (title by the naming standard 004, child and Mosaic number, author, uploader, "on behalf
 * of"), then every part of the form with the same labels the screen asked, then the body map.
 */
import { documentTitle } from '../domain/naming.ts';
import { bodyMapSections } from '../pdf/body-map-pdf.ts';
import {
  field,
  formPdf,
  paragraph,
  type FormPdfInput,
  type FormSection,
  type Person,
} from '../pdf/form-pdf.ts';
import { displayValue, isAsked, type FormPart } from './form-spec.ts';
import { INCIDENT_FORMS, type IncidentForm, type IncidentType } from './incident-forms.ts';

export interface IncidentPdfContext {
  child: { name: string; mosaicId: string };
  /** The signed-in person who queues it. */
  uploader: Person;
  createdAt: Date;
}

/** `{child} - Incident form: Missing - {dd/mm/yyyy}` (004). */
export const incidentTitle = (type: IncidentType, childName: string, completedOn: string): string =>
  documentTitle({ name: childName, description: INCIDENT_FORMS[type].label, completedOn });

/** Minutes from one HH:MM to the next, past midnight if need be: "25 minutes", "1 hour 5 minutes". */
export function holdDuration(start: string, end: string): string {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const total = (minutes(end) - minutes(start) + 24 * 60) % (24 * 60);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts = [
    hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
    rest > 0 || hours === 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function partSection(part: FormPart, values: IncidentForm['values']): FormSection {
  const blocks = part.fields
    .filter((f) => isAsked(f, values))
    .flatMap((f) => {
      const shown = displayValue(f, values[f.id]);
      const block = f.kind === 'long-text' ? paragraph(shown, f.label) : field(f.label, shown);
      // Reg 35(3)(d): the duration of the restraint is part of its record.
      const start = values['start-time'];
      if (f.id === 'end-time' && start && values['end-time'])
        return [block, field('Duration of the hold', holdDuration(start, values['end-time']))];
      return [block];
    });
  return { heading: part.heading, blocks };
}

export function incidentPdfInput(form: IncidentForm, context: IncidentPdfContext): FormPdfInput {
  const spec = INCIDENT_FORMS[form.documentType];
  return {
    heading: {
      title: incidentTitle(form.documentType, context.child.name, form.completedOn),
      documentTypeLabel: spec.label,
      child: context.child,
      completedOn: form.completedOn,
      uploader: context.uploader,
      author: form.author,
    },
    sections: [
      ...spec.parts.map((part) => partSection(part, form.values)),
      ...(form.bodyMap
        ? bodyMapSections(form.bodyMap)
        : [{ heading: 'Body map', blocks: [field('Body map', 'No body map was added to this form')] }]),
    ],
    createdAt: context.createdAt,
  };
}

export const incidentPdf = (form: IncidentForm, context: IncidentPdfContext): Promise<Uint8Array> =>
  formPdf(incidentPdfInput(form, context));
