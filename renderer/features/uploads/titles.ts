/**
 * Document titles by the naming standard (guidance 004: `Name of the child/family - Brief
 * description of the document - Date it was completed`), made with the shared generator and
 * checked with the shared checker, so an edited title cannot name another child or date.
 */
import { checkDocumentTitle, documentTitle } from '../../../shared/domain/naming.ts';

export interface TitleSource {
  childName: string | null;
  description: string;
  /** ISO date, or null while the date is not (yet) a real one. */
  completedOn: string | null;
}

/**
 * The title Hearth suggests for file `index` of `count`; '' until child, description and date are
 * known. Several files chosen together are separate documents on the record, so each says which
 * part it is, inside the description: `Leo Hartley - Incident form: Missing (2 of 3) - 04/11/2026`.
 */
export function suggestedTitle(source: TitleSource, index: number, count: number): string {
  const description = source.description.trim();
  if (!source.childName || !source.completedOn || !description) return '';
  const part = count > 1 ? ` (${index + 1} of ${count})` : '';
  return documentTitle({
    name: source.childName,
    description: `${description}${part}`,
    completedOn: source.completedOn,
  });
}

/** Why `title` cannot be used for this child and date, or null when it follows the standard. */
export function titleProblem(
  title: string,
  childName: string | null,
  completedOn: string | null,
): string | null {
  if (title.trim() === '') return 'Enter a title for the document';
  const expected = {
    ...(childName ? { name: childName } : {}),
    ...(completedOn ? { completedOn } : {}),
  };
  const checked = checkDocumentTitle(title.trim(), expected);
  return checked.ok ? null : checked.message;
}
