// Issue 4 "The sync engine": an expired upload (404/410) starts again from zero without losing the
// item; a hash mismatch is sent again; a refusal is kept with the gateway's reason for a person.
// These tests pin how a failed tus request is read, with stand-ins for tus-js-client's errors.
import { describe, expect, it } from 'vitest';
import { UnreadableChunkError } from '../outbox/plain-range.ts';
import { classifyFailure } from './tus-send.ts';

/** The shape of tus-js-client's DetailedError: the response it failed on, if any. */
function httpError(status: number | null, body = ''): Error {
  const response =
    status === null ? null : { getStatus: () => status, getBody: () => body, getHeader: () => undefined };
  return Object.assign(new Error(`tus failed (${status})`), {
    originalResponse: response,
    causingError: null,
  });
}

describe('reading a failed tus request', () => {
  it('starts again from zero when the gateway no longer has the upload (404, 410)', () => {
    expect(classifyFailure(httpError(404), false).kind).toBe('restart-from-zero');
    expect(classifyFailure(httpError(410), false).kind).toBe('restart-from-zero');
  });

  it('reads 404 on create as a refusal (no such child in the home), not as an expired upload', () => {
    const body = JSON.stringify({ error: 'not-found', message: 'There is no such child in your home.' });
    expect(classifyFailure(httpError(404, body), true)).toEqual({
      kind: 'refused',
      during: 'create',
      reason: 'There is no such child in your home.',
    });
  });

  it('sends again when the gateway says the checksum did not match (tus 460)', () => {
    expect(classifyFailure(httpError(460), false).kind).toBe('restart-from-zero');
  });

  it('retries later when the connection broke or the gateway is busy', () => {
    for (const status of [null, 409, 423, 429, 500, 503]) {
      expect(classifyFailure(httpError(status), false).kind).toBe('transient');
    }
  });

  it('knows a 409 on create means the gateway already has the item (ask where it stands)', () => {
    expect(classifyFailure(httpError(409), true)).toEqual({ kind: 'exists' });
  });

  it('asks for a fresh session on 401', () => {
    expect(classifyFailure(httpError(401), true)).toEqual({ kind: 'unauthorized' });
  });

  it('keeps a refusal with the gateway’s own words, and says whether it came on create', () => {
    const body = JSON.stringify({
      error: 'forbidden',
      message: 'Uploads need all 9 Mosaic training modules.',
    });
    expect(classifyFailure(httpError(403, body), true)).toEqual({
      kind: 'refused',
      during: 'create',
      reason: 'Uploads need all 9 Mosaic training modules.',
    });
    expect(classifyFailure(httpError(415, ''), false)).toMatchObject({ kind: 'refused', during: 'send' });
  });

  it('stops, rather than send a damaged document, when a chunk does not open', () => {
    const wrapped = Object.assign(new Error('tus: failed to upload chunk'), {
      originalResponse: null,
      causingError: new UnreadableChunkError(
        'A part of the queued document cannot be opened on this computer.',
      ),
    });
    expect(classifyFailure(wrapped, false)).toEqual({
      kind: 'unreadable',
      reason: 'A part of the queued document cannot be opened on this computer.',
    });
  });
});
