/**
 * The origin the gateway records for a received upload (001 hard copies): a form written in Hearth
 * has no paper copy to mark, a file staff already had does. The device says which; the gateway
 * takes "written in Hearth" only for a PDF that carries Hearth's form marker
 * (shared/pdf/form-marker.ts), and otherwise asks for the hard copy to be marked.
 */
import type { UploadOrigin } from '../../shared/api/uploads.ts';
import { isHearthFormPdf } from '../../shared/pdf/form-marker.ts';
import type { FileStore } from '../files/store.ts';

export async function verifiedOrigin(
  files: FileStore,
  stored: { sha256: string; mimeType: string },
  claimed: UploadOrigin,
): Promise<UploadOrigin> {
  if (claimed !== 'hearth-form') return claimed;
  if (stored.mimeType !== 'application/pdf') return 'file';
  return (await isHearthFormPdf(await files.read(stored.sha256))) ? 'hearth-form' : 'file';
}
