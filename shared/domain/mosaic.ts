/**
 * The Mosaic reference number: the council's person id for a child in its case management system.
 * Guidance 001: "All residential records should include the child's Mosaic reference number", so
 * every record, document, export and printout Hearth makes carries it. Mosaic person ids are plain
 * digits; Hearth accepts 6 to 8 of them (no spaces, no prefix) so a typo cannot slip through.
 */
import { z } from 'zod';

export const MOSAIC_ID_PATTERN = /^\d{6,8}$/;

export const MosaicId = z
  .string()
  .regex(MOSAIC_ID_PATTERN, { message: 'A Mosaic reference number is 6 to 8 digits, for example 1234567' });
export type MosaicId = z.infer<typeof MosaicId>;

/** How the number is labelled wherever staff read it, so it is recognisable on paper too. */
export const mosaicLabel = (id: MosaicId): string => `Mosaic ref. ${id}`;
