import { parseRoute } from './parseRoute';

/**
 * On a procedure URL, starts fetching the wizard's chunk and the flow's chunk together, as soon
 * as the entry runs. Left to the page, they come one after the other: the flow's loader is only
 * known once the wizard's chunk has arrived and rendered. The page's own imports then find these
 * modules already loading (the browser fetches a module once). Any other page loads nothing more.
 */
export function startRouteLoads(hash: string): void {
  const route = parseRoute(hash);
  if (route.page !== 'flow') return;
  const ignore = () => undefined; // a failed load is reported by the page when it loads it itself
  import('../FlowPage').catch(ignore);
  import('../../catalog/flowModules')
    .then(({ flowModules }) => flowModules[`/flows/${route.id}.ts`]?.())
    .catch(ignore);
}
