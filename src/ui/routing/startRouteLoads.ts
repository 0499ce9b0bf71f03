import { initialLanguage } from '../i18n/language';
import { anySaved } from '../storage/savedSessions';
import { parseRoute } from './parseRoute';

/**
 * On a procedure URL, starts fetching the wizard's chunk and the flow's chunk together, as soon
 * as the entry runs. Left to the page, they come one after the other: the flow's loader is only
 * known once the wizard's chunk has arrived and rendered. The page's own imports then find these
 * modules already loading (the browser fetches a module once); in English, the flow's English
 * too (loadTranslation keeps the promise FlowPage then awaits). The home page, when a session is
 * saved, starts fetching « Reprendre »'s chunk, which it would otherwise ask for only once drawn
 * (and then draw again, lower, when it comes). Any other page loads nothing more.
 */
export function startRouteLoads(hash: string): void {
  const route = parseRoute(hash);
  const ignore = () => undefined; // a failed load is reported by the page when it loads it itself
  if (route.page === 'home' && anySaved()) import('../storage/ResumeSessions').catch(ignore);
  if (route.page !== 'flow') return;
  import('../wizard/FlowPage').catch(ignore);
  import('../../catalog/flowModules')
    .then(({ flowModules }) => flowModules[`/flows/${route.id}.ts`]?.())
    .catch(ignore);
  if (initialLanguage() === 'en')
    import('../../catalog/loadTranslation')
      .then(({ loadTranslation }) => loadTranslation(route.id))
      .catch(ignore);
}
