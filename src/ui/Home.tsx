import { useId, useState } from 'react';
import { searchFlows } from '../engine/searchFlows';
import { catalog, fallbackFlow } from '../catalog/catalog';
import { removeSaved, unfinishedSessions } from './savedSessions';
import { flowHref } from './useHashRoute';
import { useDocumentTitle } from './useDocumentTitle';

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

  return (
    <>
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
    </>
  );
}
