/**
 * Which documents a device keeps for offline reading (issue 6): the newest of each permitted type
 * (a child's current care plan, not every old one), as 003 asks the device to keep no more than the
 * home needs. Pure, so its test needs no browser.
 */
import type { DocumentListItem } from '../../../shared/api/records.ts';
import { documentType, type DocumentTypeId } from '../../../shared/domain/catalogue.ts';

/** The newest document of each permitted type. */
export function documentsToKeep(documents: readonly DocumentListItem[]): DocumentListItem[] {
  const newest = new Map<DocumentTypeId, DocumentListItem>();
  for (const doc of documents) {
    if (!documentType(doc.type).permittedDownload) continue;
    const held = newest.get(doc.type);
    const newer =
      !held ||
      doc.completedOn > held.completedOn ||
      (doc.completedOn === held.completedOn && doc.recordedAt > held.recordedAt);
    if (newer) newest.set(doc.type, doc);
  }
  return [...newest.values()];
}
