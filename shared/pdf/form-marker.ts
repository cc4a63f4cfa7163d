/**
 * How the gateway tells a form written in Hearth (no paper copy exists, 001 hard copies) from a file
 * staff already had: every form PDF (form-pdf.ts) carries the keyword below in its document
 * properties. The device still says the item's origin; the gateway records "no hard copy" only when
 * the PDF it received agrees, and otherwise asks for the hard copy to be marked (the safe side: a
 * scan mis-sent as a form would else never get its note). A marker anyone could write, so it guards
 * against a mistake on the device, not against someone set on faking a form.
 */
import { PDFDocument } from 'pdf-lib';

export const HEARTH_FORM_KEYWORD = 'hearth-form';

/** Marks a form PDF as written in Hearth (form-pdf.ts; combined scans and labels are not forms). */
export function markAsHearthForm(pdf: PDFDocument): void {
  pdf.setKeywords([HEARTH_FORM_KEYWORD]);
}

/** Whether these bytes are a PDF that Hearth wrote as a form. Never throws: damaged bytes are "no". */
export async function isHearthFormPdf(bytes: Uint8Array): Promise<boolean> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    return (
      (pdf.getKeywords() ?? '').split(/\s+/).includes(HEARTH_FORM_KEYWORD) && pdf.getCreator() === 'Hearth'
    );
  } catch {
    return false;
  }
}
