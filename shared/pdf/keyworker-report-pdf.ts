/**
 * The keyworker monthly report and the keyworker report for a CLA review as PDFs on the common frame
 * (form-pdf.ts): the period, the keyworker, then each section as written, the child's views first
 * (001 "Recording requirements"). The keyworker is the author; when a manager queues it, the frame's
 * heading says "Uploaded by ... on behalf of ..." (000).
 */
import { ukDate } from '../domain/naming.ts';
import { KEYWORKER_SECTIONS, KIND_LABELS, type KeyworkerReportForm } from '../forms/keyworker-report-form.ts';
import { field, formPdf, paragraph, type FormSection, type Person } from './form-pdf.ts';

export interface KeyworkerPdfInput {
  form: KeyworkerReportForm;
  title: string;
  child: { name: string; mosaicId: string };
  completedOn: string;
  uploader: Person;
  createdAt: Date;
}

export function keyworkerSections(form: KeyworkerReportForm): FormSection[] {
  const about = [
    field('Report', KIND_LABELS[form.kind]),
    field('Period covered', `${ukDate(form.periodStart)} to ${ukDate(form.periodEnd)}`),
    field('Keyworker', `${form.keyworker.name}, ${form.keyworker.role}`),
  ];
  if (form.kind === 'keyworker-cla-review-report' && form.reviewDate) {
    about.push(field('Date of the CLA review', ukDate(form.reviewDate)));
  }
  const sections: FormSection[] = [
    { heading: 'About this report', blocks: about },
    ...KEYWORKER_SECTIONS.map((s) => ({ heading: s.heading, blocks: [paragraph(form[s.id])] })),
  ];
  if (form.kind === 'keyworker-cla-review-report') {
    sections.push({
      heading: 'What the child would like the review to discuss',
      blocks: [paragraph(form.forTheReview)],
    });
  }
  return sections;
}

export function keyworkerReportPdf(input: KeyworkerPdfInput): Promise<Uint8Array> {
  return formPdf({
    heading: {
      title: input.title,
      documentTypeLabel: KIND_LABELS[input.form.kind],
      child: input.child,
      completedOn: input.completedOn,
      uploader: input.uploader,
      author: { name: input.form.keyworker.name, role: input.form.keyworker.role },
    },
    sections: keyworkerSections(input.form),
    createdAt: input.createdAt,
  });
}
