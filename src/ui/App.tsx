import { lazy, Suspense } from 'react';
import { typeset } from '../engine/text/typeset';
import { settings } from '../settings/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { Home } from './Home';
import { keptInBrowser } from './storage/keptInBrowser';
import { homeHref, useHashRoute } from './routing/useHashRoute';

/** The authors' pages are their own chunk: staff never download them. */
const AuthorPages = lazy(() => import('./author/AuthorPages'));

/** The wizard (XState, the engine, the step renderers) loads when a flow is opened, not on home. */
const FlowPage = lazy(() => import('./FlowPage'));

/** The agent's read-only view of a ticket: its own chunk, loaded only from its link. */
const DiagnosticPage = lazy(() => import('./diagnostic/DiagnosticPage'));

/** The footer's audience-measurement line: in the build only when the settings give Matomo. */
const MeasureChoice = __MESURE__ ? lazy(() => import('./measure/MeasureChoice')) : undefined;

/** Offline and new-version notices: not needed for the first screen, so not in its download. */
const PageNotices = lazy(() => import('./offline/PageNotices'));

/** A page's chunk that cannot load (offline before any visit, or a reload that did not help). */
const loadFailed = (
  <>
    <h1>Cette page n’a pas pu s’afficher</h1>
    <p>Vérifiez votre connexion à Internet, puis rechargez la page.</p>
    <p>
      <a href={homeHref}>Voir toutes les procédures</a>
    </p>
  </>
);

/** The page frame: a header back to the list, the current screen, and where to get help. */
export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#contenu" onClick={focusMain}>
        Aller au contenu
      </a>
      <header className="site-header">
        <a className="site-header__title" href={homeHref}>
          Dépannage informatique
        </a>
        <span className="site-header__org">DSIN · Université de Montpellier</span>
      </header>
      <main id="contenu" tabIndex={-1}>
        <ErrorBoundary
          key={'id' in route ? `${route.page}/${route.id}` : route.page}
          fallback={loadFailed}
        >
          {route.page === 'home' && <Home />}
          {route.page === 'flow' && (
            <Suspense fallback={<p role="status">Chargement de la procédure…</p>}>
              <FlowPage
                key={route.id}
                id={route.id}
                atStep={route.step !== undefined}
                resume={route.resume}
              />
            </Suspense>
          )}
          {route.page === 'diagnostic' && (
            <Suspense fallback={<p role="status">Chargement du détail de la demande…</p>}>
              <DiagnosticPage key={route.record} record={route.record} />
            </Suspense>
          )}
          {route.page !== 'home' && route.page !== 'flow' && route.page !== 'diagnostic' && (
            <Suspense fallback={<p role="status">Chargement de l’espace auteur…</p>}>
              <AuthorPages route={route} />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Besoin d’aide&#x202F;? Contactez-nous via le{' '}
          <a href={settings.serviceCenterUrl}>Centre de Services</a>
          {settings.serviceCenterPath && ` (${typeset(settings.serviceCenterPath)})`}. Sans accès à
          l’ENT&#x202F;:{' '}
          {settings.assistanceFormUrl ? (
            <a href={settings.assistanceFormUrl}>formulaire de demande d’assistance</a>
          ) : (
            'le formulaire public de demande d’assistance de la DSIN'
          )}
          .
        </p>
        <p>{keptInBrowser(settings.sessionRetentionHours)}</p>
        {__MESURE__ && MeasureChoice && (
          <ErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              <MeasureChoice />
            </Suspense>
          </ErrorBoundary>
        )}
      </footer>
      <ErrorBoundary fallback={null}>
        <Suspense fallback={null}>
          <PageNotices onHome={route.page === 'home'} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('contenu')?.focus();
}
