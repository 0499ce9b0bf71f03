import { useState } from 'react';
import { catalog } from '../../catalog/catalog';
import { flowHref } from '../routing/useHashRoute';
import { unfinishedSessions } from './readSavedSessions';
import { removeSaved } from './savedSessions';

const procedureIds = catalog.filter((entry) => entry.fallback !== true).map((entry) => entry.id);

/**
 * « Reprendre là où vous en étiez » on the home page: each unfinished procedure with its step,
 * to resume or to start again. Its own chunk, with the saved sessions' zod schema: the home
 * page's first download has neither, and a browser with nothing saved never loads them.
 */
export default function ResumeSessions() {
  const [unfinished, setUnfinished] = useState(() => unfinishedSessions(procedureIds));
  if (unfinished.length === 0) return null;
  return (
    <section className="resume" aria-labelledby="resume-title">
      <h2 id="resume-title">Reprendre là où vous en étiez</h2>
      <ul className="resume-list">
        {unfinished.map((saved) => {
          const title = catalog.find((entry) => entry.id === saved.flowId)?.title ?? saved.flowId;
          return (
            <li key={saved.flowId}>
              <span>
                {title} (étape {saved.stepNumber})
              </span>
              <a className="button" href={flowHref(saved.flowId)}>
                Reprendre<span className="visually-hidden">&#x202F;: {title}</span>
              </a>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  removeSaved(saved.flowId);
                  setUnfinished((list) => list.filter((other) => other.flowId !== saved.flowId));
                }}
              >
                Recommencer<span className="visually-hidden">&#x202F;: {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
