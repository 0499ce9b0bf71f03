import { useEffect, useId, useRef, useState } from 'react';
import { searchFlows } from '../engine/catalog/searchFlows';
import { catalog, fallbackFlow } from '../catalog/catalog';
import { forgetCarriedOrigin } from './storage/carriedOrigin';
import { ClearAnswers } from './storage/ClearAnswers';
import { clearBrowser, clearedOnArrival, confirmedOnHome } from './storage/clearBrowser';
import { removeSaved, unfinishedSessions } from './storage/savedSessions';
import { flowHref } from './routing/useHashRoute';
import { useDocumentTitle } from './routing/useDocumentTitle';

const procedures = catalog.filter((entry) => entry.fallback !== true);

/** The list of procedures, filtered as the user types; a generic request when nothing fits. */
export function Home() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const results = searchFlows(procedures, query);
  useDocumentTitle('Dépannage informatique');
  const [unfinished, setUnfinished] = useState(() =>
    unfinishedSessions(procedures.map((entry) => entry.id)),
  );
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
      <h1>De quoi avez-vous besoin ?</h1>
      <p className="lead">
        Répondez à quelques questions : la solution s’affiche, ou une demande complète est préparée
        pour le Centre de Services.
      </p>
      {unfinished.length > 0 && (
        <section className="resume" aria-labelledby="resume-title">
          <h2 id="resume-title">Reprendre là où vous en étiez</h2>
          <ul className="resume-list">
            {unfinished.map((saved) => {
              const title =
                catalog.find((entry) => entry.id === saved.flowId)?.title ?? saved.flowId;
              return (
                <li key={saved.flowId}>
                  <span>
                    {title} (étape {saved.stepNumber})
                  </span>
                  <a className="button" href={flowHref(saved.flowId)}>
                    Reprendre<span className="visually-hidden"> : {title}</span>
                  </a>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      removeSaved(saved.flowId);
                      setUnfinished((list) =>
                        list.filter((other) => other.flowId !== saved.flowId),
                      );
                    }}
                  >
                    Recommencer<span className="visually-hidden"> : {title}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="search">
        <label htmlFor={searchId} className="label">
          Rechercher une procédure
        </label>
        <p className="hint" id={`${searchId}-hint`}>
          Par exemple : réseau, Teams, compte invité
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
        {query.trim() === ''
          ? ''
          : `${String(results.length)} procédure${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}`}
      </p>
      {results.length > 0 ? (
        <ul className="flow-list">
          {results.map((entry) => (
            <li key={entry.id}>
              <a className="flow-card" href={flowHref(entry.id)}>
                <span className="flow-card__title">{entry.title}</span>
                <span className="flow-card__description">{entry.description}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune procédure ne correspond à « {query} ».</p>
      )}
      {fallbackFlow && (
        <section className="fallback" aria-labelledby="fallback-title">
          <h2 id="fallback-title">Vous ne trouvez pas votre problème ?</h2>
          <p>
            Contactez-nous via le Centre de Services :{' '}
            <a href={flowHref(fallbackFlow.id)}>préparer une demande d’assistance</a>.
          </p>
        </section>
      )}
      <ClearAnswers
        hint="Quand vous avez terminé, effacez vos réponses : la personne suivante ne pourra pas les voir."
        onClear={() => {
          clearBrowser({ goHome: false });
          setUnfinished([]);
          setClearings((count) => count + 1);
        }}
      />
    </>
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
      Vos réponses ont été effacées de ce navigateur : la personne suivante ne pourra pas les voir.
    </p>
  );
}
