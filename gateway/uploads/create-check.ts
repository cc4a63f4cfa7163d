/**
 * What the gateway checks before it creates an upload (issue 4 "The gateway"; guidance 001): the
 * metadata parses from `unknown` with the shared schema, the document type is one the home uploads
 * (the catalogue), the size is within MAX_UPLOAD_BYTES, the child may receive it (placed in the
 * uploader's home today, or when it was queued: queued-placement.ts), and the outbox id has not already
 * produced a document (exactly once). The uploader's role and training are checked before this, on
 * every tus request (routes/uploads.ts).
 */
import type { ApiErrorCode, ApiIssue } from '../../shared/api/errors.ts';
import { plainSizeOf } from '../../shared/api/sealed-upload.ts';
import { MAX_UPLOAD_BYTES, UploadMetadata } from '../../shared/api/uploads.ts';
import { documentType, mayUploadType, missingUploadFields } from '../../shared/domain/catalogue.ts';
import { ROLE_LABELS, type Role } from '../../shared/domain/roles.ts';
import { checkDocumentTitle } from '../../shared/domain/naming.ts';
import { NO_SUCH_CHILD } from '../routes/records.ts';
import type { OutboxUpload } from './outbox-rows.ts';

export interface Refusal {
  status: number;
  error: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export type CreateCheck = { ok: true; metadata: UploadMetadata } | { ok: false; refusal: Refusal };

const refusal = (status: number, error: ApiErrorCode, message: string, issues?: ApiIssue[]): Refusal => ({
  status,
  error,
  message,
  ...(issues ? { issues } : {}),
});
const refuse = (...args: Parameters<typeof refusal>): CreateCheck => ({
  ok: false,
  refusal: refusal(...args),
});

/** tus metadata values arrive as strings or null; an empty optional field means "not given". */
export function parseUploadMetadata(raw: Record<string, string | null> | undefined): CreateCheck {
  const fields = Object.fromEntries(
    Object.entries(raw ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== null && entry[1] !== '',
    ),
  );
  const parsed = UploadMetadata.safeParse(fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: ['metadata', ...i.path.map(String)].join('.'),
      message: i.message,
    }));
    return refuse(
      400,
      'bad-request',
      `The upload's details are not valid. ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
  }
  const meta = parsed.data;
  // Guidance 000: "on behalf of {name}, {role}" needs both halves.
  if ((meta.authorName === undefined) !== (meta.authorRole === undefined)) {
    return refuse(
      400,
      'bad-request',
      'When the document was written by someone else, give both their name and their role.',
    );
  }
  if (!documentType(meta.documentType).uploadable) {
    return refuse(
      400,
      'bad-request',
      `"${documentType(meta.documentType).label}" is not a document the home uploads to a child's record (guidance 001).`,
    );
  }
  // The catalogue's required fields (shared/domain/catalogue.ts), the one list the app checks too.
  const missing = missingUploadFields(meta.documentType, meta);
  if (missing.length > 0) {
    return refuse(400, 'bad-request', `The upload is missing: ${missing.join(', ')}.`);
  }
  return { ok: true, metadata: meta };
}

/** The catalogue says who may upload each type (001); a role it does not list is refused (403). */
export function checkUploaderRole(meta: UploadMetadata, role: Role): Refusal | null {
  if (mayUploadType(role, meta.documentType)) return null;
  return refusal(
    403,
    'forbidden',
    `A ${ROLE_LABELS[role]} may not upload "${documentType(meta.documentType).label}" (guidance 001).`,
  );
}

export function checkSize(size: number | undefined): Refusal | null {
  if (size === undefined)
    return refusal(400, 'bad-request', 'Say the file size when creating the upload (Upload-Length).');
  if (size === 0) return refusal(400, 'bad-request', 'The file is empty.');
  if (size > MAX_UPLOAD_BYTES) {
    return refusal(
      413,
      'payload-too-large',
      `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the most Hearth accepts.`,
    );
  }
  return null;
}

/**
 * The size of the file a create declares, by its Upload-Length: the file's own for a plain body;
 * for a sealed body (shared/api/sealed-upload.ts) the limit is on the PLAIN file it seals, and a
 * length that no file seals to can only be a device fault, refused before anything is recorded.
 */
export function checkBodySize(size: number | undefined, sealed: boolean): Refusal | null {
  if (!sealed || size === undefined) return checkSize(size);
  const plain = plainSizeOf(size);
  if (plain === null)
    return refusal(
      400,
      'bad-request',
      `The upload says it is sealed, but ${size} bytes (Upload-Length) is not the length of any sealed file.`,
    );
  return checkSize(plain);
}

/**
 * The title must follow the naming standard (004) and name this child (or their sibling group,
 * for a group document) and the date the document was completed: a hand edit cannot file a
 * document under another child's name or the wrong date.
 */
export function checkTitle(
  meta: UploadMetadata,
  child: { first_name: string; last_name: string; group_name: string | null },
): Refusal | null {
  const names = [
    `${child.first_name} ${child.last_name}`,
    ...(child.group_name === null ? [] : [child.group_name]),
  ];
  const checks = names.map((name) => checkDocumentTitle(meta.title, { name, completedOn: meta.completedOn }));
  const first = checks[0];
  if (checks.some((c) => c.ok) || !first || first.ok) return null;
  return refusal(400, 'bad-request', `The title does not follow the naming standard: ${first.message}`);
}

export const NOT_FOUND_CHILD: Refusal = refusal(404, 'not-found', NO_SUCH_CHILD);

/**
 * How long a receiving item may have a row but no tus upload before it counts as abandoned: the
 * row is written just before @tus/server creates the upload, so for a moment every new item looks
 * like this. Only after this long may a new create take it over (a create that failed half-way).
 */
export const ABANDONED_AFTER_MS = 10_000;

/**
 * An outbox item the gateway already knows: never a second document. `uploadLive` says whether the
 * tus upload of a receiving item exists; a receiving row without one is taken over only once it is
 * clearly abandoned, so two creates racing for one outbox id cannot both proceed.
 */
export function checkExisting(
  existing: OutboxUpload | undefined,
  homeId: string,
  uploadLive: boolean,
  now: Date,
): Refusal | null {
  if (!existing) return null;
  // Another home's item does not exist for this person; a UUID shared by two homes is a device fault.
  if (existing.home_id !== homeId)
    return refusal(409, 'conflict', 'This outbox id is already in use. Queue the document again.');
  switch (existing.state) {
    case 'received':
      return refusal(
        409,
        'conflict',
        `This item is already on the child's record (document ${existing.document_id ?? ''}). It is not sent again.`,
      );
    case 'rejected':
      return refusal(415, 'bad-request', existing.reason ?? 'This file was refused.');
    case 'receiving': {
      const abandoned = !uploadLive && now.getTime() - Date.parse(existing.updated_at) >= ABANDONED_AFTER_MS;
      return abandoned
        ? null
        : refusal(
            409,
            'conflict',
            'This item is already being received: resume it (ask GET /api/v1/outbox/{outboxId} for where).',
          );
    }
  }
}
