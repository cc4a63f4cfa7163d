import { childHref, type ChildScreen } from '../router.ts';

const SCREENS: readonly { screen: ChildScreen; label: string }[] = [
  { screen: 'summary', label: 'Person summary' },
  { screen: 'documents', label: 'Documents' },
  { screen: 'case-notes', label: 'Case notes' },
];

/**
 * The parts of a child's record, as links (each screen has its own address). The current one is
 * marked with aria-current="page" and in bold, so it does not rely on colour alone (WCAG 1.4.1).
 */
export function ChildNav({
  childId,
  name,
  current,
}: {
  childId: string;
  name: string;
  current: ChildScreen;
}) {
  return (
    <nav className="hearth-child-nav" aria-label={`${name}'s record`}>
      <ul className="hearth-child-nav__list">
        {SCREENS.map(({ screen, label }) => (
          <li
            key={screen}
            className={`hearth-child-nav__item${screen === current ? ' hearth-child-nav__item--current' : ''}`}
          >
            <a
              className="govuk-link govuk-link--no-visited-state hearth-child-nav__link"
              href={childHref(childId, screen)}
              aria-current={screen === current ? 'page' : undefined}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
