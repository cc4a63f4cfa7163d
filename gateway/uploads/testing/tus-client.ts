/**
 * The real tus-js-client, in Node, as the device's sync engine drives it: the fingerprint is the
 * outbox id (a Buffer's default fingerprint would make every upload of equal size collide), the
 * access token goes in every request, and the answer is turned into a value a test can assert on.
 */
import { randomUUID } from 'node:crypto';
import { Upload, type DetailedError, type HttpRequest } from 'tus-js-client';
import { UPLOAD_STATUS_HEADER, UPLOADS_PATH, type UploadMetadata } from '../../../shared/api/uploads.ts';
import { sha256 } from './files.ts';

export type SendResult =
  /** `uploadStatus`: the last answer's UPLOAD_STATUS_HEADER, as sent (null when absent). */
  | { ok: true; url: string; status: number; uploadStatus: string | null }
  | { ok: false; status: number | null; body: string; message: string; url: string | null };

export interface SendOptions {
  /** The gateway's (or a proxy's) base URL, e.g. `http://127.0.0.1:1234`. */
  base: string;
  token: string;
  /** The whole Authorization header instead of `Bearer {token}` (e.g. an item credential). */
  authorization?: string;
  bytes: Buffer;
  metadata: UploadMetadata;
  /** Resume an upload the gateway already holds (from GET /api/v1/outbox/{id}). */
  uploadUrl?: string;
  chunkSize?: number;
  /** tus-js-client's own retries; none by default, so a test sees each failure. */
  retryDelays?: number[] | null;
  onBeforeRequest?: (request: HttpRequest) => void;
  /** Send the bytes with the create (tus creation-with-upload), as the app does for a small document. */
  withCreate?: boolean;
}

/** Valid metadata for `bytes` for a child, as the outbox would send it; `overrides` change any field. */
export function metadataFor(
  bytes: Uint8Array,
  childId: string,
  overrides: Partial<UploadMetadata> = {},
): UploadMetadata {
  return {
    outboxId: randomUUID(),
    childId,
    documentType: 'keyworker-monthly-report',
    title: 'Leo Hartley - Keyworker monthly report October - 31/10/2026',
    completedOn: '2026-10-31',
    sha256: sha256(bytes),
    fileName: 'keyworker-report-october.pdf',
    mimeType: 'application/pdf',
    queuedAt: '2026-11-25T09:30:00.000Z',
    ...overrides,
  };
}

/** tus `Upload-Metadata` values are strings; optional fields left out are simply absent. */
const tusMetadata = (meta: UploadMetadata): Record<string, string> =>
  Object.fromEntries(
    Object.entries(meta).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

const isDetailed = (error: Error): error is DetailedError => 'originalRequest' in error;

export function sendUpload(options: SendOptions): Promise<SendResult> {
  return new Promise((resolve) => {
    const upload = new Upload(options.bytes, {
      endpoint: `${options.base}${UPLOADS_PATH}`,
      ...(options.uploadUrl ? { uploadUrl: options.uploadUrl } : {}),
      fingerprint: async () => options.metadata.outboxId,
      metadata: tusMetadata(options.metadata),
      headers: { authorization: options.authorization ?? `Bearer ${options.token}` },
      chunkSize: options.chunkSize ?? Infinity,
      retryDelays: options.retryDelays ?? null,
      uploadDataDuringCreation: options.withCreate ?? false,
      ...(options.onBeforeRequest ? { onBeforeRequest: options.onBeforeRequest } : {}),
      onSuccess: ({ lastResponse }) =>
        resolve({
          ok: true,
          url: upload.url ?? '',
          status: lastResponse.getStatus(),
          uploadStatus: lastResponse.getHeader(UPLOAD_STATUS_HEADER) ?? null,
        }),
      onError: (error) => {
        const response = isDetailed(error) ? error.originalResponse : null;
        resolve({
          ok: false,
          status: response ? response.getStatus() : null,
          body: response ? response.getBody() : '',
          message: error.message,
          url: upload.url,
        });
      },
    });
    upload.start();
  });
}

/**
 * A bare tus create (POST) with no body, as tus-js-client would send it, but with any Upload-Length:
 * for tests that look at the gateway between the create and the first PATCH, or declare a length
 * the client would never send. Resume it with sendUpload({ uploadUrl }).
 */
export async function createUpload(options: {
  base: string;
  token: string;
  metadata: UploadMetadata;
  length: number;
}): Promise<{ status: number; body: string; uploadUrl: string }> {
  const encoded = Object.entries(tusMetadata(options.metadata))
    .map(([name, value]) => `${name} ${Buffer.from(value).toString('base64')}`)
    .join(',');
  const answer = await fetch(`${options.base}${UPLOADS_PATH}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${options.token}`,
      'tus-resumable': '1.0.0',
      'upload-length': String(options.length),
      'upload-metadata': encoded,
    },
  });
  return {
    status: answer.status,
    body: await answer.text(),
    uploadUrl: `${options.base}${UPLOADS_PATH}/${options.metadata.outboxId}`,
  };
}
