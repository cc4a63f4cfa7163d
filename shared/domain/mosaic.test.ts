import { describe, expect, it } from 'vitest';
import { MosaicId, mosaicLabel } from './mosaic.ts';

describe('Mosaic reference number (001: every residential record includes it)', () => {
  it.each(['402187', '4021876', '40218765'])('accepts %s', (id) => {
    expect(MosaicId.safeParse(id).success).toBe(true);
  });

  it.each(['', '40218', '402187654', '40 21876', 'MSC4021876', '4021876\n', '４０２１８７６'])(
    'refuses %j',
    (id) => {
      expect(MosaicId.safeParse(id).success).toBe(false);
    },
  );

  it('refuses non-strings', () => {
    expect(MosaicId.safeParse(4021876).success).toBe(false);
  });

  it('labels the number so it is recognisable on a printout', () => {
    expect(mosaicLabel('4021876')).toBe('Mosaic ref. 4021876');
  });
});
