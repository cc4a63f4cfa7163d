// The Regulation 40 PDF read back with pdf.js (issue 5: "Every PDF is real text"; DOMAIN.md
// "Regulation 40 notifications": Ofsted's fields, recipients with tick times, the 24 hours).
import { describe, expect, it } from 'vitest';
import { statutoryReg40Event } from '../domain/regulation-40-council.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { Reg40Form, reg40Title } from '../forms/regulation-40-form.ts';
import { exampleReg40 } from '../forms/test-forms.ts';
import { regulation40Pdf } from './regulation-40-pdf.ts';

const CONCLUDED = statutoryReg40Event('child-protection-enquiry-concluded');

const child = { name: 'Leo Hartley', mosaicId: '1048213' };
const uploader = { name: 'Priya Shah', role: 'Registered Manager' };

async function textOf(input: Parameters<typeof Reg40Form.parse>[0]) {
  const form = Reg40Form.parse(input);
  const title = reg40Title(child.name, form, '2026-11-21');
  const bytes = await regulation40Pdf({
    form,
    title,
    child,
    completedOn: '2026-11-21',
    uploader,
    createdAt: new Date('2026-11-21T10:00:00.000Z'),
  });
  const read = await pdfText(bytes);
  // Wrapped lines joined: a long value reads on as one run of text.
  return { docTitle: title, ...read, text: read.text.replace(/\s+/g, ' ') };
}

describe('Regulation 40 notification PDF', () => {
  it("carries every field Ofsted's notification asks for, as text", async () => {
    const { text, docTitle: title } = await textOf(exampleReg40());
    for (const line of [
      title,
      "Child's name Leo Hartley",
      'Mosaic reference number 1048213',
      'Home Larchfield House',
      'Ofsted URN SC900101',
      'Address 14 Wren Lane, Sandmere BN12 6RD',
      'Type of event An incident needing police involvement that the registered person considers serious',
      'Why it is notifiable Regulation 40(4)(b)',
      // 22:15 GMT on 20 November is 22:15 in England.
      'Date and time 20/11/2026 at 22:15',
      'Where The garden of the home',
      'Children involved Leo Hartley; others: M.A.',
      'Staff involved P.S. (Registered Manager), O.B. (Night Care Worker)',
      'A young person was assaulted by an adult unknown to the home at the garden gate.',
      'Other organisations told Sussex Police, crime reference 47/2026/1120',
      'Police called at 22:20; first aid given; the child was supported by staff overnight.',
      'Garden gate lock replaced; safety plan reviewed with the social worker.',
      'Contact name Priya Shah',
      'Phone or email 01632 960114',
      'Uploaded by Priya Shah, Registered Manager',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('lists each recipient with its paragraph and tick time, and says the 24 hours were missed', async () => {
    const { text } = await textOf(exampleReg40());
    expect(text).toContain(
      'HMCI (Ofsted) Regulation 40(4)(b). Notified 21/11/2026 at 09:05, within 24 hours. Ofsted online form',
    );
    expect(text).toContain(
      'The placing authority Regulation 40(4)(b) as a relevant person. Notified 22/11/2026 at 08:00, after 24 hours. Emailed the duty team',
    );
    expect(text).toContain('Each other relevant person Regulation 40(4)(b). Not yet notified.');
    expect(text).toContain('Sent within 24 hours No: told after 24 hours: The placing authority;');
    expect(text).toContain('Hearth sends it to no one.');
  });

  it('says "Yes" when every recipient was told within 24 hours', async () => {
    const { text } = await textOf(
      exampleReg40({
        recipients: ['hmci', 'placing-authority', 'other-relevant-persons'].map((recipient) => ({
          recipient: recipient as 'hmci',
          notifiedAt: '2026-11-21T08:00:00.000Z',
          note: '',
        })),
      }),
    );
    expect(text).toContain(
      'Sent within 24 hours Yes: every recipient was told within 24 hours of the event.',
    );
  });

  it('an update for a concluded child protection enquiry quotes the original notification (40(4)(d))', async () => {
    const { text, docTitle: title } = await textOf(
      exampleReg40({
        event: CONCLUDED,
        original: {
          title: 'Leo Hartley - Regulation 40 notification - 02/11/2026',
          completedOn: '2026-11-02',
          documentId: 'doc-7f3a',
          outboxId: null,
        },
        outcome: 'The enquiry concluded with no further action.',
      }),
    );
    expect(title).toContain('Regulation 40 notification update: child protection enquiry concluded');
    expect(text).toContain('Original notification Leo Hartley - Regulation 40 notification - 02/11/2026');
    expect(text).toContain('Original date 02/11/2026');
    expect(text).toContain('Original document id doc-7f3a');
    expect(text).toContain('The enquiry concluded with no further action.');
  });

  it("a council's configured event: its label, source and recipients as configured are in the PDF", async () => {
    const { text } = await textOf(
      exampleReg40({
        event: {
          id: 'council-serious-self-harm',
          label: 'A serious incident of self-harm',
          source: 'Council policy CH-12',
          recipients: [{ recipient: 'hmci', paragraph: 'Council policy CH-12' }],
        },
        recipients: [{ recipient: 'hmci', notifiedAt: '2026-11-21T09:05:00.000Z', note: '' }],
      }),
    );
    expect(text).toContain('Type of event A serious incident of self-harm');
    expect(text).toContain('Why it is notifiable Council policy CH-12');
    expect(text).toContain('HMCI (Ofsted) Regulation Council policy CH-12.');
    expect(text).not.toContain('The placing authority');
  });
});
