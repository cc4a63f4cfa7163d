import { describe, expect, it } from 'vitest';
import {
  plainSizeOf,
  sealedChunkAt,
  sealedChunkCount,
  sealedSizeOf,
  SEALED_CHUNK_OVERHEAD,
} from './sealed-upload.ts';

const MiB = 1024 * 1024;

describe('the sealed upload body (issue 4): its length and chunk places, the same on device and gateway', () => {
  it('adds 28 bytes per 1 MiB chunk, and an empty file is one chunk', () => {
    expect(sealedSizeOf(0)).toBe(SEALED_CHUNK_OVERHEAD);
    expect(sealedSizeOf(1)).toBe(1 + 28);
    expect(sealedSizeOf(MiB)).toBe(MiB + 28);
    expect(sealedSizeOf(MiB + 1)).toBe(MiB + 1 + 56);
    expect(sealedSizeOf(25 * MiB)).toBe(25 * MiB + 25 * 28);
  });

  it('recovers every plain size from its sealed size, and refuses lengths no file seals to', () => {
    for (const plain of [0, 1, 27, MiB - 1, MiB, MiB + 1, 2 * MiB, 25 * MiB + 7, 50 * MiB])
      expect(plainSizeOf(sealedSizeOf(plain))).toBe(plain);
    expect(plainSizeOf(0)).toBeNull();
    expect(plainSizeOf(27)).toBeNull();
    expect(plainSizeOf(MiB + 29)).toBeNull(); // a full chunk plus a second with nothing in it
    expect(plainSizeOf(-1)).toBeNull();
    expect(plainSizeOf(1.5)).toBeNull();
  });

  it('places the chunks back to back, the last holding the rest', () => {
    const size = 2 * MiB + 5;
    expect(sealedChunkCount(size)).toBe(3);
    expect(sealedChunkAt(size, 0)).toEqual({ start: 0, end: MiB + 28, plain: MiB });
    expect(sealedChunkAt(size, 1)).toEqual({ start: MiB + 28, end: 2 * (MiB + 28), plain: MiB });
    expect(sealedChunkAt(size, 2)).toEqual({ start: 2 * (MiB + 28), end: sealedSizeOf(size), plain: 5 });
  });
});
