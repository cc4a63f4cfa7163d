/**
 * The Regulation 40 notification as a PDF on the common frame (form-pdf.ts): every field of Ofsted's
 * notification as real text, each recipient the regulation names with the paragraph, the time they
 * were told and whether that was within the 24 hours, and a plain statement that Hearth filed it on
 * the child's record and sent it to nobody (DOMAIN.md "Regulation 40 notifications").
 */
import { ukDate } from '../domain/naming.ts';
import { englandDateTime } from '../forms/england-time.ts';
import { notificationSummary, type Reg40Form } from '../forms/regulation-40-form.ts';
import { field, formPdf, paragraph, type FormBlock, type FormSection, type Person } from './form-pdf.ts';

export interface Reg40PdfInput {
  form: Reg40Form;
  title: string;
  child: { name: string; mosaicId: string };
  completedOn: string;
  uploader: Person;
  createdAt: Date;
}

export const REG40_DOCUMENT_LABEL = 'Regulation 40 notification';

/** What the PDF says about the 24 hours, in one line a reader of the record understands. */
export function within24HoursLine(form: Reg40Form): string {
  const summary = notificationSummary(form);
  if (summary.allWithin24Hours) return 'Yes: every recipient was told within 24 hours of the event.';
  const late = summary.rows.filter((r) => r.within24Hours === false).map((r) => r.label);
  const notYet = summary.rows.filter((r) => r.notifiedAt === null).map((r) => r.label);
  const parts = [
    late.length > 0 ? `told after 24 hours: ${late.join(', ')}` : '',
    notYet.length > 0 ? `not yet told when this was written: ${notYet.join(', ')}` : '',
  ].filter(Boolean);
  return `No: ${parts.join('; ')}.`;
}

function recipientBlocks(form: Reg40Form): FormBlock[] {
  return notificationSummary(form).rows.map((row) => {
    const when =
      row.notifiedAt === null
        ? 'Not yet notified'
        : `Notified ${englandDateTime(row.notifiedAt)}, ${row.within24Hours ? 'within 24 hours' : 'after 24 hours'}`;
    // The label stays short (one line) so the value reads on as one run of text when wrapped.
    const value = `Regulation ${row.paragraph}. ${when}.${row.note ? ` ${row.note}` : ''}`;
    return field(row.label, value);
  });
}

export function reg40Sections(form: Reg40Form, childName: string): FormSection[] {
  const { event } = form;
  const staff = form.staff.map((s) => `${s.initials} (${s.jobTitle})`).join(', ');
  const children = [childName, form.otherChildren].filter((c) => c.trim() !== '').join('; others: ');
  const sections: FormSection[] = [
    {
      heading: 'The home',
      blocks: [
        field('Home', form.home.name),
        field('Ofsted URN', form.home.urn),
        field('Address', form.home.address),
      ],
    },
    {
      heading: 'The event',
      blocks: [
        field('Type of event', event.label),
        field('Why it is notifiable', event.source),
        field('Date and time', englandDateTime(form.eventAt)),
        field('Where', form.location),
        field('Children involved', children),
        field('Staff involved', staff),
        paragraph(form.summary, 'What happened'),
      ],
    },
  ];
  if (form.original) {
    sections.push({
      heading: 'Update to an earlier notification',
      blocks: [
        field('Original notification', form.original.title),
        field('Original date', ukDate(form.original.completedOn)),
        field(
          'Original document id',
          form.original.documentId ??
            `not yet received by the council (outbox ${form.original.outboxId ?? ''})`,
        ),
        paragraph(form.outcome, 'What the enquiry concluded'),
      ],
    });
  }
  sections.push(
    {
      heading: 'Who was told',
      blocks: [
        ...recipientBlocks(form),
        field('Sent within 24 hours', within24HoursLine(form)),
        field('Other organisations told', form.organisationsTold),
        paragraph(
          'Hearth recorded this notification on the child’s record only. The registered person sends it to ' +
            'Ofsted and the others listed; Hearth sends it to no one.',
        ),
      ],
    },
    {
      heading: 'Actions',
      blocks: [
        paragraph(form.actionsTaken, 'Actions taken'),
        paragraph(form.actionsPlanned, 'Actions planned to prevent it happening again'),
      ],
    },
    {
      heading: 'Contact',
      blocks: [field('Contact name', form.contact.name), field('Phone or email', form.contact.phoneOrEmail)],
    },
  );
  return sections;
}

export function regulation40Pdf(input: Reg40PdfInput): Promise<Uint8Array> {
  return formPdf({
    heading: {
      title: input.title,
      documentTypeLabel: REG40_DOCUMENT_LABEL,
      child: input.child,
      completedOn: input.completedOn,
      uploader: input.uploader,
    },
    sections: reg40Sections(input.form, input.child.name),
    createdAt: input.createdAt,
  });
}
