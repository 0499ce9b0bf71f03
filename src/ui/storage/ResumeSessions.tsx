import { useState } from 'react';
import { catalog } from '../../catalog/catalog';
import { useText } from '../i18n/useText';
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
  const { resume, frame } = useText();
  const [unfinished, setUnfinished] = useState(() => unfinishedSessions(procedureIds));
  if (unfinished.length === 0) return null;
  return (
    <section className="resume" aria-labelledby="resume-title">
      <h2 id="resume-title">{resume.heading}</h2>
      <ul className="resume-list">
        {unfinished.map((saved) => {
          const title = catalog.find((entry) => entry.id === saved.flowId)?.title ?? saved.flowId;
          return (
            <li key={saved.flowId}>
              <span>
                {title} {resume.step(saved.stepNumber)}
              </span>
              <a className="button" href={flowHref(saved.flowId)}>
                {resume.resume}
                <span className="visually-hidden">
                  {frame.colon}
                  {title}
                </span>
              </a>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  removeSaved(saved.flowId);
                  setUnfinished((list) => list.filter((other) => other.flowId !== saved.flowId));
                }}
              >
                {resume.restart}
                <span className="visually-hidden">
                  {frame.colon}
                  {title}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
