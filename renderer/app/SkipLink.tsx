/**
 * The first thing a keyboard user reaches. It moves focus itself rather than relying on the
 * fragment, because the app has no router and Electron refuses in-page navigation it did not expect.
 */
export const MAIN_ID = 'main-content';

export function SkipLink() {
  return (
    <a
      href={`#${MAIN_ID}`}
      className="govuk-skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
