/**
 * The attribution line on an uploaded document (guidance 000: work is recorded in the person's own
 * name, and "it is made clear where or who the information came from"; DOMAIN.md "Uploads": when
 * the person uploading did not write the document, the record says "Uploaded by {name}, {role},
 * on behalf of {name}, {role}"). One function, so the record, the email and the app say it alike.
 */

export interface Attributed {
  name: string;
  /** Null or blank when the role was not recorded (e.g. a row from before roles were kept). */
  role?: string | null;
}

/** What stands in for a role that was not recorded: the line stays factual (003), never guessed. */
export const ROLE_NOT_RECORDED = 'role not recorded';

const named = (person: Attributed): string => {
  const role = person.role?.trim();
  return `${person.name.trim()}, ${role ? role : ROLE_NOT_RECORDED}`;
};

/**
 * "Uploaded by Priya Shah, Registered Manager" or, when someone else wrote the document,
 * "Uploaded by Grace Adeyemi, Principal Residential Child Care Worker, on behalf of Sam Fletcher,
 * Residential Child Care Worker". An author who is the uploader (same name) is not repeated.
 */
export function uploadAttribution(uploader: Attributed, author: Attributed | null | undefined): string {
  const by = `Uploaded by ${named(uploader)}`;
  if (!author || author.name.trim() === '' || author.name.trim() === uploader.name.trim()) return by;
  return `${by}, on behalf of ${named(author)}`;
}
