import { Fragment, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { CatalogEntry } from '../../engine/catalog/catalogEntry';
import { inEnglish } from '../../engine/catalog/englishCatalog';
import type { EnglishCatalog } from '../../engine/catalog/englishCatalogSchema';
import { groupByCategory } from '../../engine/catalog/groupByCategory';
import { searchFlows } from '../../engine/catalog/searchFlows';
import { typeset } from '../../engine/text/typeset';
import { catalog, fallbackFlow } from '../../catalog/catalog';
import { forgetCarriedOrigin } from '../storage/carriedOrigin';
import { ClearAnswers } from '../storage/ClearAnswers';
import { clearBrowser, clearedOnArrival, confirmedOnHome } from '../storage/clearBrowser';
import { anySaved } from '../storage/savedSessions';
import { FrenchText } from '../i18n/FrenchText';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';
import { flowHref } from '../routing/useHashRoute';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { useEnglishCatalog } from './useEnglishCatalog';

const procedures = catalog.filter((entry) => entry.fallback !== true);

/** « Reprendre », with the reading of saved sessions: only in a browser that holds one. */
const ResumeSessions = lazy(() => import('../storage/ResumeSessions'));
// The catalogue comes in the order of flows/categories.json: grouping keeps it.
const groups = groupByCategory(procedures);

/** The list of procedures, filtered as the user types; a generic request when nothing fits. */
export function Home() {
  const { language, text } = useLanguage();
  const { home, clear, frame } = text;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searching = query.trim() !== '';
  // In either language, a search finds a flow by its English words too.
  const english = useEnglishCatalog(language === 'en' || searching);
  const results = searchFlows(procedures, query, english);
  const shown = language === 'en' ? english : undefined;
  useDocumentTitle(frame.siteTitle);
  // From the keys alone: the sessions themselves are read (zod) by ResumeSessions' own chunk.
  const [mayResume, setMayResume] = useState(anySaved);
  // How many times the answers were cleared while on this page (1 on arriving from an ending
  // that cleared them): each clearing shows its confirmation anew.
  const [clearings, setClearings] = useState(() => (clearedOnArrival() ? 1 : 0));
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    confirmedOnHome();
    // Checks carried from an earlier visit's flow must not land in the next generic ticket.
    forgetCarriedOrigin();
    // The pre-rendered field takes typing before React has adopted the page (on a slow phone,
    // or in English while its words load), with no search behind it yet: the search runs on
    // what the person typed there, rather than waiting for one more key.
    const typed = searchRef.current?.value ?? '';
    if (typed !== '') setQuery(typed);
  }, []);

  return (
    <>
      {clearings > 0 && <ClearedNotice key={clearings} text={home.cleared} />}
      <h1>{home.heading}</h1>
      <p className="lead">{home.lead}</p>
      {mayResume && (
        <Suspense fallback={null}>
          <ResumeSessions />
        </Suspense>
      )}
      <div className="search">
        <label htmlFor={searchId} className="label">
          {home.searchLabel}
        </label>
        <p className="hint" id={`${searchId}-hint`}>
          {home.searchHint}
        </p>
        <input
          ref={searchRef}
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
        {searching ? home.found(results.length) : ''}
      </p>
      {!searching ? (
        // Browsing: each category is a section of the page, under the page's h1.
        groups.map((group) => (
          <Fragment key={group.category}>
            <h2>
              {shown && Object.hasOwn(shown.categories, group.category) ? (
                shown.categories[group.category]
              ) : (
                <FrenchText>{typeset(group.category)}</FrenchText>
              )}
            </h2>
            <FlowList entries={group.entries} english={shown} />
          </Fragment>
        ))
      ) : (
        // Searching: one list, best match first, under a heading of its own so that it is not
        // read as part of the section above it.
        <>
          <h2 className="visually-hidden">{home.resultsHeading}</h2>
          {results.length > 0 ? (
            <FlowList entries={results} english={shown} />
          ) : (
            <p>{home.noResult(query)}</p>
          )}
        </>
      )}
      {fallbackFlow && (
        <section className="fallback" aria-labelledby="fallback-title">
          <h2 id="fallback-title">{home.fallbackHeading}</h2>
          <p>
            {home.fallbackBefore} <a href={flowHref(fallbackFlow.id)}>{home.fallbackLink}</a>.
          </p>
        </section>
      )}
      <ClearAnswers
        hint={clear.whenDone}
        onClear={() => {
          clearBrowser({ goHome: false });
          setMayResume(false);
          setClearings((count) => count + 1);
        }}
      />
    </>
  );
}

/**
 * `english`: on an English page, the catalogue's English; a flow without it stays French, marked
 * so (as it is until the catalogue has arrived).
 */
function FlowList({
  entries,
  english,
}: {
  entries: readonly CatalogEntry[];
  english: EnglishCatalog | undefined;
}) {
  return (
    <ul className="flow-list">
      {entries.map((entry) => {
        const translated = english && Object.hasOwn(english.flows, entry.id);
        const shown = translated ? inEnglish(entry, english) : entry;
        return (
          <li key={entry.id}>
            <a className="flow-card" href={flowHref(entry.id)}>
              <span className="flow-card__title">
                {translated ? (
                  <MixedText text={shown.title} />
                ) : (
                  <FrenchText>{shown.title}</FrenchText>
                )}
              </span>
              <span className="flow-card__description">
                {translated ? (
                  <MixedText text={shown.description} />
                ) : (
                  <FrenchText>{shown.description}</FrenchText>
                )}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The confirmation, before the h1 as a GOV.UK notification banner. It takes the focus: the
 * button that was pressed is gone (from an ending) or far below, and a status that appears
 * with its text is not read out by every screen reader, a focused one is.
 */
function ClearedNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} className="panel panel--success notice" role="status" tabIndex={-1}>
      {text}
    </p>
  );
}
