/**
 * The catalogue of document types on a child's record, written once for the gateway, the renderer
 * and the tests. Each type carries the three rules that decide what staff may do with it:
 * - `uploadable`: the home uploads it (guidance 001 "Recording requirements");
 * - `permittedDownload`: one of the seven documents staff may download on a need-to-know basis
 *   (001 "Downloading documents from Mosaic"); every other type needs a recorded discussion with the
 *   allocated social worker first;
 * - `confidential`: kept in Mosaic's confidential section and never shown to residential staff
 *   (002 §4.3: legal, police/medical confidential, therapy, LADO/MAPPA information).
 */
import { z } from 'zod';

export const DOCUMENT_TYPE_IDS = [
  // Uploaded by the home (001 "Recording requirements").
  'keyworker-monthly-report',
  'keyworker-cla-review-report',
  'incident-safeguarding',
  'incident-missing',
  'incident-physical-intervention',
  'incident-significant',
  'regulation-40-notification',
  'support-plan',
  'safety-plan',
  'missing-plan',
  'care-package-change',
  'significant-information',
  // Permitted downloads (001 "Downloads that are permitted may include").
  'referral-information',
  'statutory-assessment',
  'cla-care-plan',
  'cla-pathway-plan',
  'cla-review-report',
  'cla-delegated-authority',
  'health-assessment',
  // Other records on the child's file: downloadable only after discussion with the social worker.
  'chronology',
  'placement-plan',
  'personal-education-plan',
  'child-protection-conference-minutes',
  // Confidential (002 §4.3): never shown to residential staff.
  'court-legal-report',
  'legal-correspondence',
  'police-information',
  'medical-information',
  'therapy-report',
  'lado-mappa-information',
] as const;

export const DocumentTypeId = z.enum(DOCUMENT_TYPE_IDS);
export type DocumentTypeId = z.infer<typeof DocumentTypeId>;

export interface DocumentType {
  id: DocumentTypeId;
  /** As staff read it in lists; also the default "brief description" in the 004 naming standard. */
  label: string;
  uploadable: boolean;
  permittedDownload: boolean;
  confidential: boolean;
  /** The guidance this type and its flags come from, so a reviewer can check them. */
  source: string;
}

const upload = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: true,
  permittedDownload: false,
  confidential: false,
  source: '001 Recording requirements',
});

const download = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: true,
  confidential: false,
  source: '001 Downloading documents from Mosaic',
});

const other = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: false,
  confidential: false,
  source: '001 Other records should be discussed with the allocated social worker',
});

const confidential = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: false,
  confidential: true,
  source: '002 §4.3 Confidential documents',
});

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  upload('keyworker-monthly-report', 'Keyworker monthly report'),
  upload('keyworker-cla-review-report', 'Keyworker report for CLA review'),
  upload('incident-safeguarding', 'Incident form: Safeguarding'),
  upload('incident-missing', 'Incident form: Missing'),
  upload('incident-physical-intervention', 'Incident form: Physical Intervention'),
  upload('incident-significant', 'Incident form: Significant Incident'),
  upload('regulation-40-notification', 'Regulation 40 notification'),
  upload('support-plan', 'Support Plan'),
  upload('safety-plan', 'Safety Plan'),
  upload('missing-plan', 'Missing Plan'),
  upload('care-package-change', 'Increase or change in care package'),
  upload('significant-information', 'Other significant information for the social worker'),
  download('referral-information', 'Referral Information'),
  download('statutory-assessment', 'Statutory social work assessment'),
  download('cla-care-plan', 'Child Looked After Care Plan'),
  download('cla-pathway-plan', 'Child Looked After Pathway Plan'),
  download('cla-review-report', 'Child Looked After Review Report'),
  download('cla-delegated-authority', 'Child Looked After Delegated Authority form'),
  download('health-assessment', 'Initial or Review Health Assessment'),
  other('chronology', 'Chronology'),
  other('placement-plan', 'Placement Plan'),
  other('personal-education-plan', 'Personal Education Plan'),
  other('child-protection-conference-minutes', 'Child protection conference minutes'),
  confidential('court-legal-report', 'Court or legal report'),
  confidential('legal-correspondence', 'Legal Services correspondence'),
  confidential('police-information', 'Police information (confidential)'),
  confidential('medical-information', 'Medical information (confidential)'),
  confidential('therapy-report', 'Therapy report (FWD or CAMHS)'),
  confidential('lado-mappa-information', 'LADO or MAPPA information'),
];

const BY_ID = new Map(DOCUMENT_TYPES.map((t) => [t.id, t]));

export function documentType(id: DocumentTypeId): DocumentType {
  const type = BY_ID.get(id);
  // Unreachable while DOCUMENT_TYPES covers DOCUMENT_TYPE_IDS, which catalogue.test.ts checks.
  if (!type) throw new Error(`document type missing from the catalogue: ${id}`);
  return type;
}

export const UPLOAD_TYPES = DOCUMENT_TYPES.filter((t) => t.uploadable);
export const PERMITTED_DOWNLOAD_TYPES = DOCUMENT_TYPES.filter((t) => t.permittedDownload);
export const CONFIDENTIAL_DOCUMENT_TYPES = DOCUMENT_TYPES.filter((t) => t.confidential);
