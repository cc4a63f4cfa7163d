/**
 * Hard copies (guidance 001: "Hard copies of the document held within the children's home that have
 * been added to Mosaic must have a written note on them detailing when it was uploaded"; DOMAIN.md
 * "Uploads": the product says exactly what to write, prints it as a label, and tracks which hard
 * copies are still unmarked). Every document the home uploads from a file gets a hard-copy entry
 * 'to-mark' when the gateway records it; a form written in Hearth gets 'no-hard-copy'.
 *
 * Both routes are for the upload roles with full training (001), and only for the person's own
 * home: another home's document answers 404 exactly as an unknown id does.
 */
import { z } from 'zod';
import { MosaicId } from '../domain/mosaic.ts';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

export const HardCopyToMark = z.object({
  documentId: z.string(),
  childId: z.string(),
  childName: z.string(),
  mosaicId: MosaicId,
  /** By the naming standard (004). */
  title: z.string(),
  typeLabel: z.string(),
  /** When the gateway recorded the document: the time the note gives (England's time). */
  recordedAt: z.iso.datetime(),
  uploaderName: z.string(),
  /** hardCopyNote(): exactly what to write, e.g. "Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah". */
  note: z.string(),
});
export type HardCopyToMark = z.infer<typeof HardCopyToMark>;

export const HardCopiesToMark = z.object({ hardCopies: z.array(HardCopyToMark) });
export type HardCopiesToMark = z.infer<typeof HardCopiesToMark>;

/** A document's hard-copy state once it is on the record; who marked it and when, once marked. */
export const HardCopyStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('to-mark'), documentId: z.string(), note: z.string() }),
  z.object({
    state: z.literal('marked'),
    documentId: z.string(),
    note: z.string(),
    markedAt: z.iso.datetime(),
    markedByName: z.string(),
  }),
  /** A form written in Hearth: there is no paper copy to mark. */
  z.object({ state: z.literal('no-hard-copy'), documentId: z.string() }),
]);
export type HardCopyStatus = z.infer<typeof HardCopyStatus>;

const errors = {
  401: { description: 'Not signed in.', schema: ApiError },
  403: {
    description: 'Not an upload role with all 9 training modules (001); the message says which.',
    schema: ApiError,
  },
} as const;

export const listHardCopiesRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/hard-copies',
  operationId: 'listHardCopiesToMark',
  summary: 'Documents of your home on the record whose hard copy is not yet marked, oldest first',
  tags: ['hard-copies'],
  responses: { 200: { description: 'The hard copies to mark.', schema: HardCopiesToMark }, ...errors },
});

export const markHardCopyRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/hard-copies/{documentId}/marked',
  operationId: 'markHardCopy',
  summary: 'Record that the note was written on the hard copy (idempotent: the first marking stands)',
  tags: ['hard-copies'],
  params: z.object({ documentId: z.string().min(1).max(100) }),
  responses: {
    200: { description: 'The hard copy’s state now.', schema: HardCopyStatus },
    ...errors,
    404: { description: 'No such document of your home with a hard copy.', schema: ApiError },
  },
});
