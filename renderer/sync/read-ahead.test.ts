import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.ts';

/** Ranges as strings, and every range read, in order: the reader under test is the real one. */
function recording() {
  const reads: string[] = [];
  const read = (start: number, end: number) => {
    reads.push(`${start}-${end}`);
    return Promise.resolve(`${start}-${end}`);
  };
  return { reads, read };
}

describe('read-ahead (bench sync.drain_vs_bare_tus)', () => {
  it('reads the first range at once, and the next one as soon as a range is taken', async () => {
    const { reads, read } = recording();
    const ranges = readAhead(25, read, { start: 0, end: 10 });
    expect(reads).toEqual(['0-10']);
    expect(await ranges.read(0, 10)).toBe('0-10');
    expect(reads).toEqual(['0-10', '10-20']);
    expect(await ranges.read(10, 20)).toBe('10-20');
    expect(await ranges.read(20, 25)).toBe('20-25');
    // Each range read once; nothing past the end.
    expect(reads).toEqual(['0-10', '10-20', '20-25']);
  });

  it('reads the range asked for when a resume asks for another one than was read ahead', async () => {
    const { reads, read } = recording();
    const ranges = readAhead(30, read, { start: 0, end: 10 });
    expect(await ranges.read(4, 14)).toBe('4-14');
    expect(reads).toEqual(['0-10', '4-14', '14-24']);
  });

  it('reports a range that failed to whoever takes it, and an untaken failure goes unreported', async () => {
    let calls = 0;
    const ranges = readAhead(
      20,
      (start, end) => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(`${start}-${end}`);
      },
      { start: 0, end: 10 },
    );
    await expect(ranges.read(0, 10)).rejects.toThrow('chunk missing');
    const dropped = readAhead(20, () => Promise.reject(new Error('never taken')), { start: 0, end: 10 });
    dropped.drop();
    // No unhandled rejection fails this file (Vitest reports those as errors).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('keeps two ranges on the way with a depth of 2, never past the end', async () => {
    const { reads, read } = recording();
    const ranges = readAhead(35, read, { start: 0, end: 10 }, 2);
    expect(await ranges.read(0, 10)).toBe('0-10');
    expect(reads).toEqual(['0-10', '10-20', '20-30']);
    expect(await ranges.read(10, 20)).toBe('10-20');
    expect(reads).toEqual(['0-10', '10-20', '20-30', '30-35']);
    expect(await ranges.read(20, 30)).toBe('20-30');
    expect(await ranges.read(30, 35)).toBe('30-35');
    expect(reads).toHaveLength(4);
  });
});
