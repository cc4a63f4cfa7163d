/**
 * The child a form is written about, as the form needs them: id, full name (the first part of the
 * 004 title) and Mosaic reference number (001: on every document Hearth makes).
 */
import type { ChildListItem } from '../../../shared/api/records.ts';

export interface ChildForForm {
  id: string;
  fullName: string;
  mosaicId: string;
}

export const childForForm = (child: ChildListItem): ChildForForm => ({
  id: child.id,
  fullName: `${child.firstName} ${child.lastName}`,
  mosaicId: child.mosaicId,
});
