/**
 * "Print label" (guidance 001 hard copies): the label PDF is made on this computer with pdf-lib
 * (shared/pdf/hard-copy-label.ts), so it works offline too, and opened in a new window where the
 * browser's PDF viewer prints it. The host bridge has no print or open facility, so the desktop app
 * takes the same path: Electron refuses new windows (electron/main/navigation.ts), window.open then
 * answers null, and the label is offered as a file to save and print instead.
 */
import type { HardCopyToMark } from '../../../shared/api/hard-copies.ts';
import { recordAuditEvent } from '../../audit/audit-log.ts';

/** Long enough for the viewer to load it and to print; then the bytes are let go. */
const KEEP_URL_MS = 5 * 60_000;

export type PrintOutcome = 'opened' | 'downloaded';

async function labelUrl(hardCopy: HardCopyToMark): Promise<string> {
  // Loaded only when asked: pdf-lib stays out of the screen's first download.
  const { hardCopyLabelPdf } = await import('../../../shared/pdf/hard-copy-label.ts');
  const bytes = await hardCopyLabelPdf({
    note: hardCopy.note,
    title: hardCopy.title,
    mosaicId: hardCopy.mosaicId,
  });
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  return url;
}

/**
 * DOMAIN.md "Audit": every print is logged against the person, with the child and the document.
 * Recorded once the label is handed over (after window.open, which must stay close to the click
 * that allowed it), also offline from the saved list.
 */
function auditPrint(hardCopy: HardCopyToMark, offline: boolean): Promise<void> {
  return recordAuditEvent({
    action: 'print',
    childId: hardCopy.childId,
    detail: `${hardCopy.documentId} hard-copy label`,
    offline,
  }).catch((error: unknown) => {
    // Loud on purpose: an unlogged print breaks 001; the e2e tests fail on console errors.
    console.error('Hearth could not record the audit event "print"', error);
  });
}

export async function printLabel(hardCopy: HardCopyToMark, offline: boolean): Promise<PrintOutcome> {
  const url = await labelUrl(hardCopy);
  const outcome = window.open(url, '_blank') ? 'opened' : saveAsFile(url);
  await auditPrint(hardCopy, offline);
  return outcome;
}

function saveAsFile(url: string): 'downloaded' {
  const link = document.createElement('a');
  link.href = url;
  link.download = 'hard-copy-label.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  return 'downloaded';
}
