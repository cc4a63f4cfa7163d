/**
 * Opening a sealed body in place (open-sealed.ts; issue 4 "the gateway verifies the SHA-256 of what
 * it received"). Real files in a temp folder; the body is sealed by the test's own sealer
 * (testing/sealed-body.ts), not by the code under test.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEALED_CHUNK_PLAIN_BYTES, sealedChunkAt } from '../../shared/api/sealed-upload.ts';
import { HEAD_BYTES } from '../../shared/domain/file-type.ts';
import { tempFolder } from '../testing/temp.ts';
import { openSealedBody } from './open-sealed.ts';
import { sealForUpload } from './testing/sealed-body.ts';

const temp = tempFolder('open-sealed');
afterAll(() => temp.remove());

function bodyOnDisk(plain: Buffer) {
  const outboxId = randomUUID();
  const sealed = sealForUpload(plain, outboxId);
  const file = path.join(temp.dir, outboxId);
  writeFileSync(file, sealed.body);
  return { file, outboxId, itemKey: sealed.itemKey, sealedSize: sealed.body.length, body: sealed.body };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('issue 4: a sealed body is opened in place into exactly the plain file the device hashed', () => {
  it.each([
    ['three and a half chunks', 3.5 * SEALED_CHUNK_PLAIN_BYTES],
    ['exactly two chunks', 2 * SEALED_CHUNK_PLAIN_BYTES],
    ['less than one chunk', 1000],
    ['an empty file', 0],
  ])(
    '%s: the file then holds the plain bytes, at their length, and their SHA-256 is told',
    async (_, size) => {
      const plain = randomBytes(size);
      const body = bodyOnDisk(plain);
      const opened = await openSealedBody(body);
      expect(opened).toEqual({
        ok: true,
        sha256: sha256(plain),
        size,
        head: new Uint8Array(plain.subarray(0, HEAD_BYTES)),
      });
      expect(statSync(body.file).size).toBe(size);
      expect(readFileSync(body.file).equals(plain)).toBe(true);
    },
  );

  it('damage in a late chunk is found there, after earlier chunks were opened: nothing is claimed', async () => {
    const plain = randomBytes(3.5 * SEALED_CHUNK_PLAIN_BYTES);
    const body = bodyOnDisk(plain);
    const damaged = Buffer.from(body.body);
    const last = sealedChunkAt(plain.length, 3);
    damaged[last.start + 40] = (damaged[last.start + 40] ?? 0) ^ 0x01;
    writeFileSync(body.file, damaged);
    expect(await openSealedBody(body)).toEqual({ ok: false, why: 'chunk 3 of 4 does not open' });
  });

  it('a body opened once no longer opens: a second try at it (after a stop midway) is damage, not a document', async () => {
    const plain = randomBytes(2.5 * SEALED_CHUNK_PLAIN_BYTES);
    const body = bodyOnDisk(plain);
    expect(await openSealedBody(body)).toMatchObject({ ok: true });
    // Put back to its sealed length with its first chunk already plain, as a stop before the
    // truncation would leave it.
    const halfOpened = Buffer.from(body.body);
    plain.copy(halfOpened, 0, 0, SEALED_CHUNK_PLAIN_BYTES);
    writeFileSync(body.file, halfOpened);
    expect(await openSealedBody(body)).toEqual({ ok: false, why: 'chunk 0 of 3 does not open' });
  });

  it('a wrong key or a body of the wrong length is refused before anything is written', async () => {
    const plain = randomBytes(1.5 * SEALED_CHUNK_PLAIN_BYTES);
    const body = bodyOnDisk(plain);
    expect(await openSealedBody({ ...body, itemKey: randomBytes(32).toString('base64url') })).toEqual({
      ok: false,
      why: 'chunk 0 of 2 does not open',
    });
    expect(await openSealedBody({ ...body, sealedSize: body.sealedSize + 1 })).toEqual({
      ok: false,
      why: `the body is ${body.sealedSize} bytes, not ${body.sealedSize + 1}`,
    });
    expect(readFileSync(body.file).equals(body.body)).toBe(true);
  });
});
