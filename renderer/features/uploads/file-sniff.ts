/**
 * What a chosen file really is, judged before it is queued (issue 4: PDF, DOCX, JPEG and PNG only)
 * by the same rules the gateway applies on arrival (shared/domain/file-type.ts), so a web page
 * renamed `report.pdf` is refused here rather than days later. This file only adds the app's words.
 */
import { ACCEPTED_LIST } from '../../../shared/domain/file-type.ts';

export {
  ACCEPTED_LIST,
  centralDirectoryNames,
  findCentralDirectory as centralDirectory,
  judgeFileType as judgeFile,
  ZIP,
  ZIP_TAIL_BYTES,
  type FileTypeVerdict as SniffVerdict,
} from '../../../shared/domain/file-type.ts';

export const refusedTypeMessage = (fileName: string, what: string): string =>
  `${fileName} is ${what}, not a ${ACCEPTED_LIST}. Only those can be uploaded: save or scan the ` +
  'document as a PDF and choose it again.';
