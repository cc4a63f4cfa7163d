import { describe, expect, it } from 'vitest';
import {
  CONFIDENTIAL_DOCUMENT_TYPES,
  DOCUMENT_TYPE_IDS,
  DOCUMENT_TYPES,
  DocumentTypeId,
  PERMITTED_DOWNLOAD_TYPES,
  UPLOAD_TYPES,
  documentType,
} from './catalogue.ts';

const labels = (types: readonly { label: string }[]) => types.map((t) => t.label);

describe('document catalogue', () => {
  it('describes every document type id exactly once', () => {
    expect(DOCUMENT_TYPES.map((t) => t.id)).toEqual([...DOCUMENT_TYPE_IDS]);
    for (const id of DOCUMENT_TYPE_IDS) expect(documentType(id).id).toBe(id);
  });

  it('001 Recording requirements: the home uploads exactly the listed reports, plans and incident forms', () => {
    expect(labels(UPLOAD_TYPES)).toEqual([
      'Keyworker monthly report',
      'Keyworker report for CLA review',
      'Incident form: Safeguarding',
      'Incident form: Missing',
      'Incident form: Physical Intervention',
      'Incident form: Significant Incident',
      'Regulation 40 notification',
      'Support Plan',
      'Safety Plan',
      'Missing Plan',
      'Increase or change in care package',
      'Other significant information for the social worker',
    ]);
  });

  it('001 Downloading documents: exactly the seven permitted downloads', () => {
    expect(labels(PERMITTED_DOWNLOAD_TYPES)).toEqual([
      'Referral Information',
      'Statutory social work assessment',
      'Child Looked After Care Plan',
      'Child Looked After Pathway Plan',
      'Child Looked After Review Report',
      'Child Looked After Delegated Authority form',
      'Initial or Review Health Assessment',
    ]);
  });

  it('002 §4.3: legal, police, medical, therapy and LADO/MAPPA records are confidential', () => {
    expect(CONFIDENTIAL_DOCUMENT_TYPES.map((t) => t.id)).toEqual([
      'court-legal-report',
      'legal-correspondence',
      'police-information',
      'medical-information',
      'therapy-report',
      'lado-mappa-information',
    ]);
  });

  it('002 §4.3: a confidential type is never uploadable by the home nor a permitted download', () => {
    for (const type of CONFIDENTIAL_DOCUMENT_TYPES) {
      expect(type.uploadable || type.permittedDownload, type.id).toBe(false);
    }
  });

  it('parses type ids from unknown and refuses anything else', () => {
    expect(DocumentTypeId.safeParse('cla-care-plan').success).toBe(true);
    expect(DocumentTypeId.safeParse('Child Looked After Care Plan').success).toBe(false);
    expect(DocumentTypeId.safeParse(undefined).success).toBe(false);
  });
});
