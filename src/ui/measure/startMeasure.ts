import raw from 'virtual:matomo';
import { catalog } from '../../catalog/catalog';
import { searchFlows } from '../../engine/catalog/searchFlows';
import { matomoRequests, type MatomoParams } from '../../measure/matomoRequests';
import type { TrackEvent } from '../../measure/trackEvent';
import { matomoSchema } from '../../settings/matomoSchema';
import { parseRoute } from '../routing/parseRoute';
import { measureRefused } from './optOut';
import { takeEvents } from './track';

/** A query is measured once the person has stopped typing this long, not at every key. */
const searchSettles = 1500;

const procedures = catalog.filter((entry) => entry.fallback !== true);

/**
 * Sends one request with `navigator.sendBeacon`: no script of Matomo's, no cookie (the request
 * carries none: Matomo's server is another site), nothing read back, and it still leaves when
 * the page closes. The parameters go in the body, form-encoded, as Matomo's own tracker sends them.
 */
function beacon(endpoint: string, params: MatomoParams) {
  if (measureRefused()) return;
  navigator.sendBeacon(endpoint, new URLSearchParams(params));
}

/**
 * The measurement, loaded after the page when the settings give a Matomo server (main.tsx):
 * takes the wizard's events (track.ts), and watches the home page itself (where a procedure is
 * opened from, what the search found), so that the home page carries no code of it.
 */
export function startMeasure() {
  const matomo = matomoSchema.safeParse(raw);
  if (!matomo.success || typeof navigator.sendBeacon !== 'function') return;
  const base = `${window.location.origin}${window.location.pathname}`;
  const endpoint = new URL('matomo.php', matomo.data.url.replace(/\/?$/, '/')).href;
  const requests = matomoRequests(matomo.data, base);
  const send = (event: TrackEvent) => {
    for (const params of requests(event)) beacon(endpoint, params);
  };

  let typed: { query: string; timer: number } | undefined;
  const settle = () => {
    if (!typed) return;
    window.clearTimeout(typed.timer);
    const { query } = typed;
    typed = undefined;
    if (query.trim() !== '')
      send({ type: 'search', query, results: searchFlows(procedures, query).length });
  };
  document.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'search') return;
    if (typed) window.clearTimeout(typed.timer);
    typed = { query: box.value, timer: window.setTimeout(settle, searchSettles) };
  });
  // A link of the home page to a procedure: from the list, the search's results, or « Reprendre ».
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || parseRoute(window.location.hash).page !== 'home') return;
      if (parseRoute(link.getAttribute('href') ?? '').page !== 'flow') return;
      const searching = document.querySelector<HTMLInputElement>('input[type="search"]');
      settle();
      send({
        type: 'choose',
        from: link.closest('.resume')
          ? 'reprise'
          : searching && searching.value.trim() !== '' && link.closest('.flow-list')
            ? 'recherche'
            : 'liste',
      });
    },
    true,
  );
  window.addEventListener('pagehide', settle);
  const onRoute = () => {
    if (parseRoute(window.location.hash).page === 'home') send({ type: 'home' });
  };
  window.addEventListener('hashchange', onRoute);
  onRoute();
  takeEvents(send);
}
