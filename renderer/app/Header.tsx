/**
 * GOV.UK's generic header with the service name only: Hearth is a council service, not GOV.UK, so
 * it carries no crown and no GOV.UK logo.
 */
export function Header() {
  return (
    <header className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <span className="hearth-header__service-name">Hearth</span>
        </div>
      </div>
    </header>
  );
}
