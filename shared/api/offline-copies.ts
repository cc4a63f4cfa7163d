/**
 * What the device keeps for reading offline, asked at each sync contact (issue 6: "Permitted
 * documents of the home's children (care plans above all) are cached encrypted for reading
 * offline"): for each child placed in the home whose record is not restricted, the newest document
 * of each of the seven permitted types (shared/domain/offline-copies.ts), as the documents list
 * describes them. The device then fetches the copies it does not hold yet with
 * `purpose=offline-copy` (each audited as an offline copy), whether or not anyone opened that
 * child's documents.
 *
 * Device housekeeping, not a person's enquiry, like the placed-child ids (placements.ts): nobody is
 * shown anything, so it is not audited as a view of anyone's documents (001: the audit must be
 * factual). A restricted record's documents are never kept on a device (002 §6.2).
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { MosaicId } from '../domain/mosaic.ts';
import { DocumentListItem } from './records.ts';
import { defineRoute } from './route.ts';

export const OfflineCopies = z.object({
  children: z
    .array(
      z.object({
        childId: z.string().min(1).max(100),
        mosaicId: MosaicId,
        documents: z.array(DocumentListItem).max(7),
      }),
    )
    .max(1000),
});
export type OfflineCopies = z.infer<typeof OfflineCopies>;

export const offlineCopiesRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/home/offline-copies',
  operationId: 'offlineCopies',
  summary: 'The newest permitted document of each type for each child of your home, for the device to keep',
  tags: ['downloads'],
  responses: {
    200: { description: 'Per child, the documents to keep for reading offline.', schema: OfflineCopies },
    401: { description: 'Not signed in.', schema: ApiError },
    403: {
      description: 'Training incomplete for reading records (the message says which modules).',
      schema: ApiError,
    },
  },
});
