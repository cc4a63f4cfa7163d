/**
 * The managers' review of the audit (guidance 001: "All entries, enquiries and records viewed are
 * digitally logged against each staff member's account history and can be reviewed by management";
 * DOMAIN.md "Audit": managers of the home review and export it, nobody edits or deletes it, and a
 * tampered log must be detectable). Only the home's Registered Manager and Assistant Manager may
 * use these routes (MANAGER_ROLES); anyone else gets 403. A manager sees only events of their home.
 * There is deliberately no route that changes or removes an event.
 */
import { z } from 'zod';
import { AuditAction } from './audit.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

/** England calendar dates (`YYYY-MM-DD`), both ends included: "from 1 November to 3 November". */
const filterShape = {
  staffId: z.string().min(1).max(100).optional(),
  childId: z.string().min(1).max(100).optional(),
  action: AuditAction.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
export type AuditFilters = {
  staffId?: string | undefined;
  childId?: string | undefined;
  action?: AuditAction | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
export const FROM_AFTER_TO = 'The “from” date must be the same as or before the “to” date.';
const fromBeforeTo = (f: AuditFilters) => f.from === undefined || f.to === undefined || f.from <= f.to;

export const AUDIT_PAGE_MAX = 200;

export const AuditListQuery = z
  .object({
    ...filterShape,
    /** The `nextCursor` of the page before: pages follow one another newest first (keyset, not offset). */
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  })
  .refine(fromBeforeTo, { message: FROM_AFTER_TO, path: ['to'] });
export type AuditListQuery = z.input<typeof AuditListQuery>;

export const AuditRow = z.object({
  id: z.string(),
  /** ISO 8601 instant; shown in England's time. */
  at: z.iso.datetime(),
  /** Null only for a failed sign-in under a username that matches nobody. */
  person: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
  child: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  actionLabel: z.string(),
  detail: z.string().nullable(),
  /** The device's name as it signed in (null for gateway events without one). */
  device: z.string().nullable(),
  offline: z.boolean(),
  /** Set when the gateway holds a device's event but does not stand behind it, and why. */
  refusedReason: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditPage = z.object({
  rows: z.array(AuditRow),
  /** How many events match the filters in all. */
  total: z.number().int().nonnegative(),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditFilterOptions = z.object({
  people: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  actions: z.array(z.object({ id: AuditAction, label: z.string() })),
});
export type AuditFilterOptions = z.infer<typeof AuditFilterOptions>;

export const AuditExportQuery = z
  .object({ format: z.enum(['csv', 'pdf']), ...filterShape })
  .refine(fromBeforeTo, { message: FROM_AFTER_TO, path: ['to'] });
export type AuditExportQuery = z.input<typeof AuditExportQuery>;

/** An export is at most this many events, newest first: narrow the filters for older ones. */
export const AUDIT_EXPORT_MAX = 20_000;

export const AuditExport = z.object({
  fileName: z.string(),
  mimeType: z.enum(['text/csv', 'application/pdf']),
  /** The file, base64: the app hands the bytes to the host's save-to-shared-drive path. */
  contentBase64: z.string(),
  rowCount: z.number().int().nonnegative(),
  /** True when more events matched than an export holds (AUDIT_EXPORT_MAX). */
  truncated: z.boolean(),
});
export type AuditExport = z.infer<typeof AuditExport>;

export const ChainCheck = z.object({
  chainId: z.string(),
  /** Whose chain, in words: "The gateway’s own events" or "Sam Fletcher’s events on Office PC". */
  label: z.string(),
  ok: z.boolean(),
  /** Events found sound in this chain (up to the first broken one). */
  length: z.number().int().nonnegative(),
  /** The first link that does not hold; null when ok, or when only events after the last were removed. */
  firstBroken: z.object({ id: z.string(), seq: z.number().int() }).nullable(),
  problem: z.string().nullable(),
  message: z.string().nullable(),
});
export type ChainCheck = z.infer<typeof ChainCheck>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  checkedAt: z.iso.datetime(),
  chains: z.array(ChainCheck),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

const managersOnly = {
  401: { description: 'Not signed in.', schema: ApiError },
  403: { description: 'Not a Registered Manager or Assistant Manager of a home.', schema: ApiError },
} as const;

export const listAuditRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/audit',
  operationId: 'listAudit',
  summary: 'The home’s audit events, newest first, filtered and a page at a time (managers only)',
  tags: ['audit'],
  query: AuditListQuery,
  responses: {
    200: { description: 'One page of events.', schema: AuditPage },
    400: { description: 'A filter or the cursor is not valid.', schema: ApiError },
    ...managersOnly,
  },
});

export const auditFilterOptionsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/audit/filter-options',
  operationId: 'getAuditFilterOptions',
  summary: 'The people, children and actions a manager can filter the home’s audit by',
  tags: ['audit'],
  responses: {
    200: { description: 'The choices.', schema: AuditFilterOptions },
    ...managersOnly,
  },
});

export const exportAuditRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/audit/export',
  operationId: 'exportAudit',
  summary: 'The filtered audit as a CSV or PDF file (managers only; the export is itself audited)',
  tags: ['audit'],
  query: AuditExportQuery,
  responses: {
    200: { description: 'The file.', schema: AuditExport },
    400: { description: 'A filter is not valid.', schema: ApiError },
    ...managersOnly,
  },
});

export const verifyAuditRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/audit/verify',
  operationId: 'verifyAudit',
  summary: 'Checks every audit chain of the home from its first link (managers only; itself audited)',
  tags: ['audit'],
  responses: {
    200: { description: 'Per chain: ok, or its first broken link.', schema: AuditVerification },
    ...managersOnly,
  },
});
