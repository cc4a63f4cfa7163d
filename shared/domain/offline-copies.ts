/**
 * Which documents a device keeps for reading offline (issue 6: "Permitted documents of the home's
 * children (care plans above all) are cached encrypted for reading offline; a cached copy is
 * replaced when the council's copy changes"; README: "The newest document of each of the seven
 * permitted types is kept"). Only the newest of each permitted type, as 003 asks a device to keep
 * no more than the home needs: one place per child and type, so a newer care plan takes the older
 * one's place and the older copy is gone. Pure, shared by the gateway (which lists what to keep at
 * each sync contact) and the app (which keeps it), so both choose alike.
 */
import { PERMITTED_DOWNLOAD_TYPES, documentType, type DocumentTypeId } from './catalogue.ts';

export interface DatedDocument {
  id: string;
  type: DocumentTypeId;
  completedOn: string;
  recordedAt: string;
}

/** The seven permitted types (001): the only ones a device keeps. */
export const PERMITTED_TYPES: readonly DocumentTypeId[] = PERMITTED_DOWNLOAD_TYPES.map((t) => t.id);

/** The newest document of each permitted type: completed last, then recorded last by the council. */
export function documentsToKeep<D extends DatedDocument>(documents: readonly D[]): D[] {
  const newest = new Map<DocumentTypeId, D>();
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

/**
 * What a device does with one child's copies, given the newest of each type: keep (fetching when
 * its copy is missing or older) each of those, and empty the place of every permitted type the
 * child no longer has a document of (the council removed it), so no stale copy stays behind.
 */
export function offlineCopyPlan<D extends DatedDocument>(
  documents: readonly D[],
): { keep: D[]; emptyTypes: DocumentTypeId[] } {
  const keep = documentsToKeep(documents);
  const kept = new Set(keep.map((d) => d.type));
  return { keep, emptyTypes: PERMITTED_TYPES.filter((type) => !kept.has(type)) };
}
