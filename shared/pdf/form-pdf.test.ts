// The common frame of Hearth's form PDFs, read back with pdf.js as a person's PDF reader would
// (issue 5: every PDF is real text with the child's name and Mosaic number, the title, author,
// uploader, "on behalf of" where it applies, the date completed and page numbers).
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text.ts';
import {
  attributionLine,
  field,
  formPdf,
  MAX_DRAWING_HEIGHT,
  paragraph,
  type FormPdfInput,
} from './form-pdf.ts';
import { pdfSafeText } from './pdf-text-safe.ts';

const base: FormPdfInput = {
  heading: {
    title: 'Leo Hartley - Incident form: Missing - 04/11/2026',
    documentTypeLabel: 'Incident form: Missing',
    child: { name: 'Leo Hartley', mosaicId: '1234567' },
    completedOn: '2026-11-04',
    uploader: { name: 'Priya Shah', role: 'Registered Manager' },
  },
  sections: [
    {
      heading: 'What happened',
      blocks: [field('Where', 'The lounge'), paragraph('Leo left the home at 21:10.', 'Account')],
    },
  ],
  createdAt: new Date('2026-11-04T10:00:00Z'),
};

describe('form PDF heading block', () => {
  it('carries the title, child, Mosaic number, type, date completed, author and uploader as text', async () => {
    const read = await pdfText(await formPdf(base));
    const first = read.pages[0] ?? [];
    expect(first[0]).toBe('Leo Hartley - Incident form: Missing - 04/11/2026');
    expect(first).toContain("Child's name Leo Hartley");
    expect(first).toContain('Mosaic reference number 1234567'); // 001: every record carries it
    expect(first).toContain('Document type Incident form: Missing');
    expect(first).toContain('Date completed 04/11/2026');
    expect(first).toContain('Written by Priya Shah, Registered Manager');
    expect(first).toContain('Uploaded by Priya Shah, Registered Manager');
    expect(first).toContain('Where The lounge');
    expect(first).toContain('Account');
    expect(first).toContain('Leo left the home at 21:10.');
    expect(read.title).toBe(base.heading.title);
  });

  it('says "Uploaded by …, on behalf of …" only when someone else wrote it (000)', async () => {
    const mine = await pdfText(await formPdf(base));
    expect(mine.text).not.toContain('on behalf of');

    const theirs = await pdfText(
      await formPdf({
        ...base,
        heading: { ...base.heading, author: { name: 'Sam Fletcher', role: 'Residential Child Care Worker' } },
      }),
    );
    // A long line wraps: read it as a person would, across the line break.
    expect(theirs.pageTexts[0]?.replace(/\n/g, ' ')).toContain(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
    expect(theirs.pages[0]).toContain('Written by Sam Fletcher, Residential Child Care Worker');
  });
});

describe('attributionLine (000)', () => {
  it('is absent when the uploader wrote it, however their name was typed', () => {
    const priya = { name: 'Priya Shah', role: 'Registered Manager' };
    expect(attributionLine(priya)).toBeNull();
    expect(attributionLine(priya, { name: ' priya shah ', role: 'registered manager' })).toBeNull();
    expect(attributionLine(priya, { name: 'Priya Shah', role: 'Residential Child Care Worker' })).toBe(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Priya Shah, Residential Child Care Worker',
    );
  });
});

describe('form PDF pages and footer', () => {
  it('breaks long text over pages and puts "Page n of m", the child and OFFICIAL-SENSITIVE on each', async () => {
    const long = Array.from({ length: 160 }, (_, i) => `Line ${i + 1} of the account.`).join('\n');
    const read = await pdfText(
      await formPdf({ ...base, sections: [{ heading: 'Account', blocks: [paragraph(long)] }] }),
    );
    expect(read.pages.length).toBeGreaterThanOrEqual(3);
    read.pages.forEach((lines, index) => {
      expect(lines.at(-1)).toBe(
        `Page ${index + 1} of ${read.pages.length} Leo Hartley · Mosaic ref. 1234567 OFFICIAL-SENSITIVE`,
      );
    });
    // Nothing lost at a page break: every line of the account is there once, in order.
    const accountLines = read.text.split('\n').filter((l) => /^Line \d+ of the account\.$/.test(l));
    expect(accountLines).toEqual(long.split('\n'));
    // A loose continuation page still says what it belongs to.
    expect(read.pages[1]?.[0]).toBe(base.heading.title);
  });

  it('shortens a very long name in the footer but keeps the Mosaic number and the marking whole', async () => {
    const name = 'Alexandra-Bartholomew Christabel Dorothea Evangeline Fitzgerald-Montgomery Harrington';
    const read = await pdfText(
      await formPdf({ ...base, heading: { ...base.heading, child: { name, mosaicId: '1234567' } } }),
    );
    const footer = read.pages[0]?.at(-1) ?? '';
    expect(footer).toMatch(
      /^Page 1 of 1 Alexandra-Bartholomew .*… · Mosaic ref\. 1234567 OFFICIAL-SENSITIVE$/,
    );
    const pieces = read.pieces[0] ?? [];
    const middle = pieces.find((p) => p.str.includes('Mosaic ref.'));
    const marking = pieces.find((p) => p.str === 'OFFICIAL-SENSITIVE');
    expect(middle && marking && middle.x + middle.width).toBeLessThan(marking?.x ?? 0);
  });

  it('wraps a long value beside its label and a word too long for a line', async () => {
    const word = 'x'.repeat(200);
    const read = await pdfText(
      await formPdf({
        ...base,
        sections: [{ heading: 'Details', blocks: [field('Notes', `start ${word} end`)] }],
      }),
    );
    expect(read.text.replace(/\s+/g, '')).toContain(`start${word}end`);
  });

  it('reads "Not recorded" for a field left empty, so a blank is not mistaken for a lost answer', async () => {
    const read = await pdfText(
      await formPdf({ ...base, sections: [{ heading: 'Police', blocks: [field('Police reference', ' ')] }] }),
    );
    expect(read.pages[0]).toContain('Police reference Not recorded');
  });

  it('gives a drawing its whole height on one page, starting a new page when the rest is too short', async () => {
    const areas: { top: number; height: number }[] = [];
    const filler = Array.from({ length: 30 }, (_, i) => field(`Field ${i}`, 'value'));
    const read = await pdfText(
      await formPdf({
        ...base,
        sections: [
          {
            heading: 'Body map',
            blocks: [
              ...filler,
              {
                kind: 'drawing',
                height: 400,
                draw: (area) => {
                  areas.push({ top: area.top, height: area.height });
                  area.text('Front ✋', { x: area.x, y: area.top - 20, size: 10, bold: true });
                },
              },
            ],
          },
        ],
      }),
    );
    expect(areas).toHaveLength(1);
    expect((areas[0]?.top ?? 0) - 400).toBeGreaterThanOrEqual(64); // above the footer
    expect(read.pages[1]).toContain('Front ?');
    await expect(
      formPdf({
        ...base,
        sections: [
          { heading: 'x', blocks: [{ kind: 'drawing', height: MAX_DRAWING_HEIGHT + 1, draw: () => {} }] },
        ],
      }),
    ).rejects.toThrow(RangeError);
  });
});

describe('what staff type never breaks the PDF', () => {
  const typed =
    'Leo said “I’m fine” – then — “no” … 😀 👍🏽 Zoë Łukasz Ștefan Ørsted Привет 李雷 −5 ≤ 3 → ok\u00a0end\tTab';

  it('maps text outside WinAnsi predictably', () => {
    expect(pdfSafeText(typed)).toBe(
      'Leo said “I’m fine” – then — “no” … ? ? Zoë Lukasz Stefan Ørsted ?????? ?? -5 <= 3 -> ok end Tab',
    );
  });

  it('writes a PDF from it in every place text goes, and pdf.js reads the mapped text back', async () => {
    const read = await pdfText(
      await formPdf({
        ...base,
        heading: {
          ...base.heading,
          title: `Zoë Ștefan-Łukasz - Incident 😀 - 04/11/2026`,
          child: { name: 'Zoë Ștefan-Łukasz', mosaicId: '1234567' },
          author: { name: 'Привет', role: 'RCCW 👍' },
        },
        sections: [{ heading: `Account ${typed}`, blocks: [field(typed, typed), paragraph(typed, typed)] }],
      }),
    );
    expect(read.text).toContain('Leo said “I’m fine” – then — “no” …');
    expect(read.text).toContain('Zoë Stefan-Lukasz · Mosaic ref. 1234567');
    expect(read.text).toContain('on behalf of ??????, RCCW ?');
  });
});
