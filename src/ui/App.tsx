import { lazy, Suspense } from 'react';
import { typeset } from '../engine/text/typeset';
import { settings } from '../settings/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { Home } from './home/Home';
import { LanguageProvider } from './i18n/LanguageProvider';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { FrenchText } from './i18n/FrenchText';
import type { Language } from './i18n/language';
import { useText } from './i18n/useText';
import { parseRoute, type Route } from './routing/parseRoute';
import { homeHref, useHash } from './routing/useHashRoute';
import { AfterAdoption } from './prerender/AfterAdoption';

/** The authors' pages are their own chunk: staff never download them. */
const AuthorPages = lazy(() => import('./author/AuthorPages'));

/** The wizard (XState, the engine, the step renderers) loads when a flow is opened, not on home. */
const FlowPage = lazy(() => import('./wizard/FlowPage'));

/** The agent's read-only view of a ticket: its own chunk, loaded only from its link. */
const DiagnosticPage = lazy(() => import('./diagnostic/DiagnosticPage'));

/** The footer's audience-measurement line: in the build only when the settings give Matomo. */
const MeasureChoice = __MESURE__ ? lazy(() => import('./measure/MeasureChoice')) : undefined;

/** Offline and new-version notices: not needed for the first screen, so not in its download. */
const PageNotices = lazy(() => import('./offline/PageNotices'));

/**
 * The page in the person's language; the authors' pages and the agent's view in French only.
 * `opensIn`: the build's pre-rendering renders the home page in each language; the browser's
 * visit opens in the person's (initialLanguage).
 */
export function App({ opensIn }: { opensIn?: Language }) {
  const hash = useHash();
  const route = parseRoute(hash);
  return (
    <LanguageProvider frenchOnly={route.page !== 'home' && route.page !== 'flow'} opensIn={opensIn}>
      <Frame route={route} here={hash || homeHref} />
    </LanguageProvider>
  );
}

/** The page frame: a header back to the list, the current screen, and where to get help. */
function Frame({ route, here }: { route: Route; here: string }) {
  const text = useText();
  const { frame } = text;
  // A page's chunk that cannot load (offline before any visit, or a reload that did not help).
  const loadFailed = (
    <>
      <h1>{frame.loadFailedTitle}</h1>
      <p>{frame.loadFailedText}</p>
      <p>
        <a href={homeHref}>{frame.allProcedures}</a>
      </p>
    </>
  );
  return (
    <>
      <a className="skip-link" href="#contenu" onClick={focusMain}>
        {frame.skipLink}
      </a>
      <header className="site-header">
        <a className="site-header__title" href={homeHref}>
          {frame.siteTitle}
        </a>
        <span className="site-header__org" lang="fr">
          DSIN · Université de Montpellier
        </span>
        <LanguageSwitch here={here} />
      </header>
      <main id="contenu" tabIndex={-1}>
        <ErrorBoundary
          key={'id' in route ? `${route.page}/${route.id}` : route.page}
          fallback={loadFailed}
        >
          {route.page === 'home' && <Home />}
          {route.page === 'flow' && (
            <Suspense fallback={<p role="status">{frame.loadingFlow}</p>}>
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
          {frame.helpBefore} <a href={settings.serviceCenterUrl}>{frame.serviceCenter}</a>
          {settings.serviceCenterPath && (
            <>
              {' ('}
              <FrenchText>{typeset(settings.serviceCenterPath)}</FrenchText>)
            </>
          )}
          . {frame.noEnt}{' '}
          {settings.assistanceFormUrl ? (
            <a href={settings.assistanceFormUrl}>{frame.assistanceFormLink}</a>
          ) : (
            frame.assistanceFormNamed
          )}
          .
        </p>
        <p>{frame.keptInBrowser(settings.sessionRetentionHours)}</p>
        {__MESURE__ && MeasureChoice && (
          <ErrorBoundary fallback={null}>
            <Suspense fallback={null}>
              <MeasureChoice />
            </Suspense>
          </ErrorBoundary>
        )}
      </footer>
      <AfterAdoption>
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <PageNotices onHome={route.page === 'home'} />
          </Suspense>
        </ErrorBoundary>
      </AfterAdoption>
    </>
  );
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('contenu')?.focus();
}
