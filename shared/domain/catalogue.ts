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
import { UPLOAD_ROLES, type Role } from './roles.ts';

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
  /** How the home uploads it; null for the types the home never uploads. */
  upload: UploadRules | null;
}

/**
 * The fields every upload must carry (UploadMetadata names): the child, the file, the date completed
 * and the title by the naming standard (004 "Name of the child - Brief description - Date it was
 * completed"). "On behalf of" is not required: it is given only when someone else wrote it (000).
 */
export const UPLOAD_REQUIRED_FIELDS = ['childId', 'fileName', 'completedOn', 'title'] as const;
export type UploadRequiredField = (typeof UPLOAD_REQUIRED_FIELDS)[number];

/** What the catalogue says about uploading one type (001 "Recording requirements"). */
export interface UploadRules {
  /**
   * Who may upload it. 001: "upload access will be permitted to Registered Managers, Assistant
   * Managers and Principal Residential Child Care Workers"; with all 9 training modules (training.ts).
   * A council may narrow a type to fewer roles by changing this list, never widen it beyond these.
   */
  roles: readonly Role[];
  requiredFields: readonly UploadRequiredField[];
  /** 001: "incident forms: Safeguarding; Missing; Physical Interventions; Significant Incidents; with body maps as needed". */
  bodyMap: boolean;
  /**
   * Whether it is filed as confidential by default (002 §4.3). None of the home's uploads is: they
   * are written for the social worker and the home, so the home must be able to read them back.
   */
  confidential: boolean;
}

const DEFAULT_UPLOAD: UploadRules = {
  roles: [...UPLOAD_ROLES],
  requiredFields: UPLOAD_REQUIRED_FIELDS,
  bodyMap: false,
  confidential: false,
};

const upload = (id: DocumentTypeId, label: string, rules: Partial<UploadRules> = {}): DocumentType => ({
  id,
  label,
  uploadable: true,
  permittedDownload: false,
  confidential: false,
  source: '001 Recording requirements',
  upload: { ...DEFAULT_UPLOAD, ...rules },
});

/** The four incident forms may carry a body map (001 "with body maps as needed"). */
const incident = (id: DocumentTypeId, label: string): DocumentType => upload(id, label, { bodyMap: true });

const download = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: true,
  confidential: false,
  source: '001 Downloading documents from Mosaic',
  upload: null,
});

const other = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: false,
  confidential: false,
  source: '001 Other records should be discussed with the allocated social worker',
  upload: null,
});

const confidential = (id: DocumentTypeId, label: string): DocumentType => ({
  id,
  label,
  uploadable: false,
  permittedDownload: false,
  confidential: true,
  source: '002 §4.3 Confidential documents',
  upload: null,
});

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  upload('keyworker-monthly-report', 'Keyworker monthly report'),
  upload('keyworker-cla-review-report', 'Keyworker report for CLA review'),
  incident('incident-safeguarding', 'Incident form: Safeguarding'),
  incident('incident-missing', 'Incident form: Missing'),
  incident('incident-physical-intervention', 'Incident form: Physical Intervention'),
  incident('incident-significant', 'Incident form: Significant Incident'),
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

/** The upload rules of a type, or null when the home never uploads it. */
export const uploadRules = (id: DocumentTypeId): UploadRules | null => documentType(id).upload;

/**
 * Whether the form for this type offers a body map (001 "incident forms ... with body maps as
 * needed"): the catalogue's `upload.bodyMap`, the one place the app and the form parser ask.
 * Takes the type itself, so a test can show the answer follows the catalogue's flag.
 */
export const offersBodyMap = (type: Pick<DocumentType, 'upload'>): boolean => type.upload?.bodyMap ?? false;

/**
 * Whether a document filed from an upload of this type is confidential (002 §4.3): the catalogue's
 * upload default (`upload.confidential`), the one place the gateway asks when it files one. A type
 * the home never uploads has no default; should one ever arrive it is filed confidential, so it is
 * hidden from residential staff rather than shown by mistake.
 */
export const filedConfidential = (type: Pick<DocumentType, 'upload'>): boolean =>
  type.upload?.confidential ?? true;

/** Whether a person in `role` may upload this type (their training is checked separately: training.ts). */
export function mayUploadType(role: Role, id: DocumentTypeId): boolean {
  return uploadRules(id)?.roles.includes(role) ?? false;
}

/** The types a person in `role` may upload, for the upload form's list. */
export const uploadTypesFor = (role: Role): DocumentType[] =>
  UPLOAD_TYPES.filter((t) => mayUploadType(role, t.id));

/** The required fields missing (absent or blank) from an upload's details, in catalogue order. */
export function missingUploadFields(
  id: DocumentTypeId,
  fields: Partial<Record<UploadRequiredField, string | undefined>>,
): UploadRequiredField[] {
  const rules = uploadRules(id);
  if (!rules) return [];
  return rules.requiredFields.filter((name) => (fields[name] ?? '').trim() === '');
}
