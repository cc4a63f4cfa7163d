import { describe, expect, it } from 'vitest';
import {
  CONFIDENTIAL_DOCUMENT_TYPES,
  DOCUMENT_TYPE_IDS,
  DOCUMENT_TYPES,
  DocumentTypeId,
  PERMITTED_DOWNLOAD_TYPES,
  UPLOAD_REQUIRED_FIELDS,
  UPLOAD_TYPES,
  documentType,
  filedConfidential,
  mayUploadType,
  missingUploadFields,
  offersBodyMap,
  uploadRules,
  uploadTypesFor,
} from './catalogue.ts';
import { ROLES } from './roles.ts';

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

describe('001 upload rules per type', () => {
  it('001: every type the home uploads has upload rules, and no other type has any', () => {
    for (const type of DOCUMENT_TYPES) expect(type.upload !== null, type.id).toBe(type.uploadable);
  });

  it('001: by default only Registered Managers, Assistant Managers and Principal RCCWs upload each type', () => {
    for (const type of UPLOAD_TYPES) {
      expect(uploadRules(type.id)?.roles, type.id).toEqual([
        'registered-manager',
        'assistant-manager',
        'principal-rccw',
      ]);
    }
    for (const role of ROLES) {
      const expected = ['registered-manager', 'assistant-manager', 'principal-rccw'].includes(role);
      expect(mayUploadType(role, 'keyworker-monthly-report'), role).toBe(expected);
      expect(uploadTypesFor(role).length, role).toBe(expected ? UPLOAD_TYPES.length : 0);
    }
  });

  it('001: nobody uploads a permitted download or a confidential type into the record', () => {
    for (const role of ROLES) {
      expect(mayUploadType(role, 'cla-care-plan'), role).toBe(false);
      expect(mayUploadType(role, 'therapy-report'), role).toBe(false);
    }
  });

  it('001 "with body maps as needed": exactly the four incident forms may carry a body map', () => {
    expect(UPLOAD_TYPES.filter((t) => t.upload?.bodyMap).map((t) => t.id)).toEqual([
      'incident-safeguarding',
      'incident-missing',
      'incident-physical-intervention',
      'incident-significant',
    ]);
  });

  it('002 §4.3: none of the home’s uploads is filed as confidential by default', () => {
    for (const type of UPLOAD_TYPES) expect(type.upload?.confidential, type.id).toBe(false);
  });

  it('004: every upload needs the child, the file, the date completed and the title', () => {
    for (const type of UPLOAD_TYPES)
      expect(type.upload?.requiredFields, type.id).toEqual(UPLOAD_REQUIRED_FIELDS);
    expect(
      missingUploadFields('incident-missing', {
        childId: 'child-leo-hartley',
        fileName: 'scan.pdf',
        completedOn: '2026-10-31',
        title: '  ',
      }),
    ).toEqual(['title']);
    expect(missingUploadFields('support-plan', {})).toEqual(['childId', 'fileName', 'completedOn', 'title']);
  });
});

describe('the catalogue is the one source for body maps and the confidentiality default', () => {
  it('001 "with body maps as needed": a form offers a body map exactly when its catalogue entry says so', () => {
    for (const type of DOCUMENT_TYPES)
      expect(offersBodyMap(type), type.id).toBe(type.upload?.bodyMap === true);
    const missing = documentType('incident-missing');
    const rules = uploadRules('incident-missing');
    if (!rules) throw new Error('incident-missing has no upload rules');
    // A council that turned the flag off: the answer follows the flag, not the type's name.
    expect(offersBodyMap({ ...missing, upload: { ...rules, bodyMap: false } })).toBe(false);
    expect(offersBodyMap(documentType('support-plan'))).toBe(false);
  });

  it('002 §4.3: an upload is filed with its type’s upload default, not the type’s own confidential flag', () => {
    const plan = documentType('support-plan');
    const rules = uploadRules('support-plan');
    if (!rules) throw new Error('support-plan has no upload rules');
    expect(filedConfidential(plan)).toBe(false);
    expect(filedConfidential({ ...plan, upload: { ...rules, confidential: true } })).toBe(true);
    // A type the home never uploads has no default: filed confidential rather than shown by mistake.
    expect(filedConfidential(documentType('cla-care-plan'))).toBe(true);
  });
});
