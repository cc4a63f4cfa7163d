/**
 * The file name a form's PDF travels under. It is saved to the shared drive later (issue 6), so it
 * must be a name Windows accepts, and it still says which document it is: the 004 title.
 */
export function formFileName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe.slice(0, 250).trimEnd() || 'Form'}.pdf`;
}
