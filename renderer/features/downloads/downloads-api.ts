/**
 * The app's side of shared/api/downloads.ts: view a document (from the gateway, or offline from the
 * encrypted copy the device keeps of the newest permitted ones, offline-copies.ts), download the
 * stamped PDF and hand it to the host (the shared-drive folder in Electron, an ordinary download in
 * a browser), record a discussion, and read or set the home's settings. Each read of the settings
 * hands the home's shared-drive folder to the host, so the desktop saves where the home's managers
 * said (issue 6: "The home sets, once, the shared-drive folder").
 */
import { z } from 'zod';
import { DownloadSaved } from '../../../shared/api/download-log.ts';
import {
  DiscussionList,
  DOWNLOAD_ID_HEADER,
  DownloadSettings,
  FILE_NAME_HEADER,
  RecordedDiscussion,
  SHA256_HEADER,
  type DownloadSettingsChange,
} from '../../../shared/api/downloads.ts';
import type { DocumentListItem } from '../../../shared/api/records.ts';
import type { DiscussionDetails } from '../../../shared/domain/downloads.ts';
import { apiGet, apiPost, apiPut, type ApiResult } from '../../api/client.ts';
import { apiGetFile } from '../../api/file-client.ts';
import type { Bytes } from '../../db/aes-gcm.ts';
import { readCachedDocument } from '../../db/document-cache.ts';
import { host } from '../../host/index.ts';
import { sha256Hex } from '../../outbox/chunk-crypto.ts';
import { audit } from '../records/audit.ts';

const documentPath = (childId: string, documentId: string) =>
  `/api/v1/children/${encodeURIComponent(childId)}/documents/${encodeURIComponent(documentId)}`;

export type ViewedDocument = { bytes: Bytes; offline: boolean };

/**
 * The document's bytes for the viewer. Online the gateway audits the view itself; a view from the
 * saved copy is audited on the device as offline (001: every view is logged). `keepOffline` is
 * false for a restricted record read by the reader's grant (002 §6.2): its documents are shown
 * from memory only and never saved on this computer, which others of the home sign in on.
 */
export async function openDocument(
  childId: string,
  doc: DocumentListItem,
  keepOffline = true,
): Promise<ApiResult<ViewedDocument>> {
  const fetched = await apiGetFile(`${documentPath(childId, doc.id)}/content`);
  // Not kept from here: an older document viewed must not take the newest one's place in the
  // offline copies, which the list and each sync contact keep (offline-copies.ts).
  if (fetched.ok) return { ok: true, value: { bytes: fetched.value.bytes, offline: false } };
  if (fetched.error !== 'offline' || !keepOffline) return fetched;
  const saved = await readCachedDocument(childId, doc);
  if (!saved) {
    return {
      ok: false,
      error: 'offline',
      message: 'This document is not saved on this computer. Connect to the internet to open it.',
    };
  }
  audit('view-document', childId, doc.id, true);
  return { ok: true, value: { bytes: saved, offline: true } };
}

export interface Downloaded {
  savedAs: string;
  fileName: string;
}

/** Downloads the stamped PDF and saves it by the home's pattern; never overwrites a file. */
export async function downloadDocument(childId: string, documentId: string): Promise<ApiResult<Downloaded>> {
  const fetched = await apiGetFile(`${documentPath(childId, documentId)}/download`);
  if (!fetched.ok) return fetched;
  const fileName = decodeURIComponent(fetched.value.headers.get(FILE_NAME_HEADER) ?? '');
  const sent = fetched.value.headers.get(SHA256_HEADER);
  if (!fileName || !sent) {
    return { ok: false, error: 'invalid-answer', message: 'The gateway did not name the file. Try again.' };
  }
  // What is saved must be exactly what the gateway stamped and logged: a damaged copy is not saved.
  const sha256 = await sha256Hex(fetched.value.bytes);
  if (sha256 !== sent) {
    return { ok: false, error: 'invalid-answer', message: 'The file was damaged on its way. Try again.' };
  }
  // The home's folder as it is now on the gateway: a manager may have changed it since Settings.
  await getDownloadSettings();
  const saved = await host.saveToSharedDrive({
    relativePath: fileName,
    bytes: fetched.value.bytes,
    mimeType: 'application/pdf',
    ifExists: 'keep-both',
  });
  if (!saved.ok) return { ok: false, error: 'server', message: saved.message };
  // The hash first, so it survives the audit's 200 characters; the full path goes to the gateway's
  // download log just below, whole, for the managers' audit screen (issue 6).
  audit('download-saved', childId, `sha256:${sha256} file:${saved.value.savedAs}`, false);
  await reportSaved(fetched.value.headers.get(DOWNLOAD_ID_HEADER), saved.value.savedAs, sha256);
  return { ok: true, value: { savedAs: saved.value.savedAs, fileName } };
}

/**
 * Tells the gateway where the file was saved and the SHA-256 of what was written (checked above to
 * be what it sent). The file is saved either way: a failure here leaves the device's audit event,
 * whose detail starts with the hash, as the record.
 */
async function reportSaved(downloadId: string | null, savedAs: string, sha256: string): Promise<void> {
  const body = DownloadSaved.safeParse({ savedAs, sha256 });
  if (!downloadId || !body.success) return;
  const answer = await apiPost(
    `/api/v1/downloads/${encodeURIComponent(downloadId)}/saved`,
    body.data,
    z.undefined(),
  );
  if (!answer.ok) console.warn(`Hearth could not record where the download was saved: ${answer.message}`);
}

export const recordDiscussion = (childId: string, documentId: string, details: DiscussionDetails) =>
  apiPost(`${documentPath(childId, documentId)}/discussions`, details, RecordedDiscussion);

export const listDiscussions = (childId: string) =>
  apiGet(`/api/v1/children/${encodeURIComponent(childId)}/discussions`, DiscussionList);

/** Hands the host the home's folder; a host that cannot take it leaves saving to say why. */
async function handFolderToHost(settings: DownloadSettings): Promise<void> {
  try {
    await host.setHomeSharedDriveFolder(settings.sharedDriveFolder?.path ?? null);
  } catch (error) {
    console.warn('Hearth could not tell the desktop app the home’s shared-drive folder', error);
  }
}

export async function getDownloadSettings(): Promise<ApiResult<DownloadSettings>> {
  const answer = await apiGet('/api/v1/home/download-settings', DownloadSettings);
  if (answer.ok) await handFolderToHost(answer.value);
  return answer;
}

export async function putDownloadSettings(
  change: DownloadSettingsChange,
): Promise<ApiResult<DownloadSettings>> {
  const answer = await apiPut('/api/v1/home/download-settings', change, DownloadSettings);
  if (answer.ok) await handFolderToHost(answer.value);
  return answer;
}
