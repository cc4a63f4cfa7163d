/**
 * A manager's export of the home's audit (issue 7: "export as CSV and as PDF"): the events matching
 * the filters, newest first, at most AUDIT_EXPORT_MAX, with the same cells in both formats
 * (shared/domain/audit-export.ts). The file is named by the home and the day it was made.
 */
import type { Kysely } from 'kysely';
import { AUDIT_EXPORT_MAX, type AuditExport, type AuditFilters } from '../../shared/api/audit-review.ts';
import { auditActionLabel } from '../../shared/domain/audit-action-labels.ts';
import { csvText } from '../../shared/domain/audit-csv.ts';
import {
  AUDIT_EXPORT_HEADER,
  auditExportCells,
  englandDateTimeSeconds,
} from '../../shared/domain/audit-export.ts';
import { englandDate } from '../../shared/domain/access.ts';
import { auditPdf } from '../../shared/pdf/audit-pdf.ts';
import type { Database } from '../db/schema.ts';
import { auditRows, filterChoices } from './review.ts';

const ukDate = (iso: string) => iso.split('-').reverse().join('/');

/** The filters in words for the PDF's heading and the audit's own record of the export. */
export async function filtersInWords(db: Kysely<Database>, homeId: string, f: AuditFilters): Promise<string> {
  const choices = await filterChoices(db, homeId);
  const parts: string[] = [];
  if (f.staffId !== undefined)
    parts.push(`Person: ${choices.people.find((p) => p.id === f.staffId)?.name ?? f.staffId}`);
  if (f.childId !== undefined)
    parts.push(`Child: ${choices.children.find((c) => c.id === f.childId)?.name ?? f.childId}`);
  if (f.action !== undefined) parts.push(`Action: ${auditActionLabel(f.action)}`);
  if (f.from !== undefined) parts.push(`From: ${ukDate(f.from)}`);
  if (f.to !== undefined) parts.push(`To: ${ukDate(f.to)}`);
  return parts.length === 0 ? 'none (every event of the home)' : parts.join('; ');
}

export async function exportAudit(
  db: Kysely<Database>,
  request: {
    homeId: string;
    homeName: string;
    format: 'csv' | 'pdf';
    filters: AuditFilters;
    exportedBy: { name: string; role: string };
  },
  now: Date,
): Promise<AuditExport> {
  const rows = await auditRows(db, request.homeId, request.filters, AUDIT_EXPORT_MAX + 1);
  const truncated = rows.length > AUDIT_EXPORT_MAX;
  const kept = rows.slice(0, AUDIT_EXPORT_MAX);
  const cells = kept.map(auditExportCells);
  const baseName = `Audit of ${request.homeName} - ${ukDate(englandDate(now)).replaceAll('/', '-')}`;
  if (request.format === 'csv') {
    return {
      fileName: `${baseName}.csv`,
      mimeType: 'text/csv',
      // A byte-order mark so Excel on Windows reads the names' accents as UTF-8.
      contentBase64: Buffer.from(`\uFEFF${csvText(AUDIT_EXPORT_HEADER, cells)}`, 'utf8').toString('base64'),
      rowCount: kept.length,
      truncated,
    };
  }
  const bytes = await auditPdf({
    homeName: request.homeName,
    filtersText: await filtersInWords(db, request.homeId, request.filters),
    exportedBy: request.exportedBy,
    exportedAtText: englandDateTimeSeconds(now.toISOString()),
    createdAt: now,
    rows: cells,
    truncatedNote: truncated
      ? `More than ${AUDIT_EXPORT_MAX} events match: this export holds the newest ${AUDIT_EXPORT_MAX}. Narrow the dates for older ones.`
      : undefined,
  });
  return {
    fileName: `${baseName}.pdf`,
    mimeType: 'application/pdf',
    contentBase64: Buffer.from(bytes).toString('base64'),
    rowCount: kept.length,
    truncated,
  };
}
