import { BUILD_INFO } from './build-info.ts';
import { useUiStore } from './ui-store.ts';

/** The version and build, so staff can read them out to IT when something goes wrong. */
export function Footer() {
  const appInfo = useUiStore((s) => s.appInfo);
  const { version, build } = appInfo ?? BUILD_INFO;
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s hearth-footer__version">
              Hearth version <span data-testid="app-version">{version}</span> (build {build})
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
