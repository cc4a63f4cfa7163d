import { CHILDREN_HREF } from './router.ts';

/**
 * The way back to the home's children from anywhere in the records. Who is signed in and
 * "Sign out" are in the app's header, on every screen.
 */
export function RecordsNav({ homeName, current }: { homeName: string; current: boolean }) {
  return (
    <nav className="hearth-records-nav" aria-label="Records">
      <ul className="hearth-records-nav__list">
        <li>
          <a
            className="govuk-link govuk-link--no-visited-state"
            href={CHILDREN_HREF}
            aria-current={current ? 'page' : undefined}
          >
            Children in {homeName}
          </a>
        </li>
      </ul>
    </nav>
  );
}
