import { Fragment, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { CatalogEntry } from '../engine/catalog/catalogEntry';
import { groupByCategory } from '../engine/catalog/groupByCategory';
import { searchFlows } from '../engine/catalog/searchFlows';
import { typeset } from '../engine/text/typeset';
import { catalog, fallbackFlow } from '../catalog/catalog';
import { forgetCarriedOrigin } from './storage/carriedOrigin';
import { ClearAnswers } from './storage/ClearAnswers';
import { clearBrowser, clearedOnArrival, confirmedOnHome } from './storage/clearBrowser';
import { anySaved } from './storage/savedSessions';
import { flowHref } from './routing/useHashRoute';
import { useDocumentTitle } from './routing/useDocumentTitle';

const procedures = catalog.filter((entry) => entry.fallback !== true);

/** « Reprendre », with the reading of saved sessions: only in a browser that holds one. */
const ResumeSessions = lazy(() => import('./storage/ResumeSessions'));
// The catalogue comes in the order of flows/categories.json: grouping keeps it.
const groups = groupByCategory(procedures);

/** The list of procedures, filtered as the user types; a generic request when nothing fits. */
export function Home() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const results = searchFlows(procedures, query);
  const searching = query.trim() !== '';
  useDocumentTitle('Dépannage informatique');
  // From the keys alone: the sessions themselves are read (zod) by ResumeSessions' own chunk.
  const [mayResume, setMayResume] = useState(anySaved);
  // How many times the answers were cleared while on this page (1 on arriving from an ending
  // that cleared them): each clearing shows its confirmation anew.
  const [clearings, setClearings] = useState(() => (clearedOnArrival() ? 1 : 0));
  useEffect(() => {
    confirmedOnHome();
    // Checks carried from an earlier visit's flow must not land in the next generic ticket.
    forgetCarriedOrigin();
  }, []);

  return (
    <>
      {clearings > 0 && <ClearedNotice key={clearings} />}
      <h1>De quoi avez-vous besoin&#x202F;?</h1>
      <p className="lead">
        Répondez à quelques questions&#x202F;: la solution s’affiche, ou une demande complète est
        préparée pour le Centre de Services.
      </p>
      {mayResume && (
        <Suspense fallback={null}>
          <ResumeSessions />
        </Suspense>
      )}
      <div className="search">
        <label htmlFor={searchId} className="label">
          Rechercher une procédure
        </label>
        <p className="hint" id={`${searchId}-hint`}>
          Par exemple&#x202F;: réseau, Teams, compte invité
        </p>
        <input
          id={searchId}
          type="search"
          className="input"
          value={query}
          aria-describedby={`${searchId}-hint`}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {!searching
          ? ''
          : `${String(results.length)} procédure${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}`}
      </p>
      {!searching ? (
        // Browsing: each category is a section of the page, under the page's h1.
        groups.map((group) => (
          <Fragment key={group.category}>
            <h2>{typeset(group.category)}</h2>
            <FlowList entries={group.entries} />
          </Fragment>
        ))
      ) : (
        // Searching: one list, best match first, under a heading of its own so that it is not
        // read as part of the section above it.
        <>
          <h2 className="visually-hidden">Résultats de la recherche</h2>
          {results.length > 0 ? (
            <FlowList entries={results} />
          ) : (
            <p>Aucune procédure ne correspond à «&#x202F;{query}&#x202F;».</p>
          )}
        </>
      )}
      {fallbackFlow && (
        <section className="fallback" aria-labelledby="fallback-title">
          <h2 id="fallback-title">Vous ne trouvez pas votre problème&#x202F;?</h2>
          <p>
            Contactez-nous via le Centre de Services&#x202F;:{' '}
            <a href={flowHref(fallbackFlow.id)}>préparer une demande d’assistance</a>.
          </p>
        </section>
      )}
      <ClearAnswers
        hint="Quand vous avez terminé, effacez vos réponses&#x202F;: la personne suivante ne pourra pas les voir."
        onClear={() => {
          clearBrowser({ goHome: false });
          setMayResume(false);
          setClearings((count) => count + 1);
        }}
      />
    </>
  );
}

function FlowList({ entries }: { entries: readonly CatalogEntry[] }) {
  return (
    <ul className="flow-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a className="flow-card" href={flowHref(entry.id)}>
            <span className="flow-card__title">{entry.title}</span>
            <span className="flow-card__description">{entry.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The confirmation, before the h1 as a GOV.UK notification banner. It takes the focus: the
 * button that was pressed is gone (from an ending) or far below, and a status that appears
 * with its text is not read out by every screen reader, a focused one is.
 */
function ClearedNotice() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} className="panel panel--success notice" role="status" tabIndex={-1}>
      Vos réponses ont été effacées de ce navigateur&#x202F;: la personne suivante ne pourra pas les
      voir.
    </p>
  );
}
