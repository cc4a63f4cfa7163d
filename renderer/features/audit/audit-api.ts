/**
 * The audit screen's calls to the gateway (shared/api/audit-review.ts), each answer parsed with its
 * schema. An export's bytes go to the host's save-to-shared-drive path (the bridge contract), which
 * in a browser is an ordinary download.
 */
import {
  AuditExport,
  AuditFilterOptions,
  AuditPage,
  AuditVerification,
  type AuditFilters,
} from '../../../shared/api/audit-review.ts';
import { apiGet, type ApiResult } from '../../api/client.ts';
import { host } from '../../host/index.ts';

/** The query string of the filters that are set, e.g. `childId=child-leo-hartley&from=2026-11-01`. */
export function filterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (typeof value === 'string' && value !== '') params.set(key, value);
  return params.toString();
}

export const loadFilterOptions = (): Promise<ApiResult<AuditFilterOptions>> =>
  apiGet('/api/v1/audit/filter-options', AuditFilterOptions);

export const loadAuditPage = (filters: AuditFilters, cursor: string | null): Promise<ApiResult<AuditPage>> =>
  apiGet(`/api/v1/audit?${filterQuery(filters, cursor ? { cursor } : {})}`, AuditPage);

export const verifyAudit = (): Promise<ApiResult<AuditVerification>> =>
  apiGet('/api/v1/audit/verify', AuditVerification);

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type ExportOutcome =
  { ok: true; savedAs: string; rowCount: number; truncated: boolean } | { ok: false; message: string };

export async function exportAudit(format: 'csv' | 'pdf', filters: AuditFilters): Promise<ExportOutcome> {
  const answer = await apiGet(`/api/v1/audit/export?${filterQuery(filters, { format })}`, AuditExport);
  if (!answer.ok) return { ok: false, message: answer.message };
  const file = answer.value;
  const saved = await host.saveToSharedDrive({
    relativePath: file.fileName,
    bytes: fromBase64(file.contentBase64),
    mimeType: file.mimeType,
    // A second export on the same day is kept beside the first, never over it.
    ifExists: 'keep-both',
  });
  if (!saved.ok) return { ok: false, message: `The export could not be saved: ${saved.message}` };
  return { ok: true, savedAs: saved.value.savedAs, rowCount: file.rowCount, truncated: file.truncated };
}
