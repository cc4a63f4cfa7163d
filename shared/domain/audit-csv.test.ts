/**
 * The audit's CSV export (001: reviewed by management) must read back cell for cell in a
 * spreadsheet, and nothing staff typed may run there as a formula (OWASP "CSV injection").
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './audit-csv.ts';

describe('csvCell', () => {
  it('leaves plain words alone and writes nothing for null', () => {
    expect(csvCell('Leo Hartley')).toBe('Leo Hartley');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Hartley, Leo')).toBe('"Hartley, Leo"');
    expect(csvCell('say "hello"')).toBe('"say ""hello"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+44 7700 900123', '-2', '@SUM(A1)', '\tcmd', '\r=x'])(
    'puts an apostrophe before %j so a spreadsheet shows it as text',
    (typed) => {
      const cell = csvCell(typed);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(cell).toContain(typed.replace(/"/g, '""'));
    },
  );
});

describe('csvText', () => {
  it('writes the header then one line per row, each ending CRLF', () => {
    expect(
      csvText(
        ['a', 'b'],
        [
          ['1', null],
          ['=2', 'x,y'],
        ],
      ),
    ).toBe('a,b\r\n1,\r\n\'=2,"x,y"\r\n');
  });
});
