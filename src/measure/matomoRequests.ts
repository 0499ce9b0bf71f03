import type { StepKind } from '../engine';
import type { MatomoSettings } from '../settings/matomoSchema';
import type { OpenedFrom, TrackEvent } from './trackEvent';

/** One request's parameters, as Matomo's Tracking HTTP API names them. */
export type MatomoParams = Readonly<Record<string, string>>;

interface Step {
  flowId: string;
  version: string;
  stateId: string;
  kind: StepKind;
}

const endingNames: Partial<Record<StepKind, string>> = {
  resolution: 'résolution',
  ticket: 'ticket',
};

/**
 * Maps what the UI tells (TrackEvent) to the requests Matomo receives, remembering only the
 * step on screen and where the next procedure is opened from. Pure of any DOM: the adapter
 * (src/ui/measure/startMeasure.ts) sends what this returns.
 *
 * What every request carries, and nothing else: `idsite`, `rec=1`, `apiv=1`, `send_image=0`
 * (a 204 instead of a GIF nobody shows) and `url`, an address made of ids alone
 * (`<app>procedure/<flow>/<version>/<state>`), never the page's own: its fragment may hold a
 * record with what the person typed (a phone link, the agent's link). No visitor id (`_id`,
 * `cid`, `uid`), no screen size, local time or referrer: Matomo groups a visit's requests
 * itself, and nothing lets it recognise the person on another day or another site.
 */
export function matomoRequests(matomo: MatomoSettings, appUrl: string) {
  let step: Step | undefined;
  let openedFrom: OpenedFrom | undefined;

  const base = (url: string): Record<string, string> => ({
    idsite: String(matomo.siteId),
    rec: '1',
    apiv: '1',
    send_image: '0',
    url,
  });
  const stepUrl = (at: Step) =>
    `${appUrl}procedure/${encodeURIComponent(at.flowId)}/${encodeURIComponent(at.version)}/${encodeURIComponent(at.stateId)}`;
  const where = (at: Step) => `${at.flowId} / ${at.version} / ${at.stateId}`;
  const dimensions = (at: Step) => {
    const { procedure, version } = matomo.dimensions;
    return {
      ...(procedure === undefined ? {} : { [`dimension${String(procedure)}`]: at.flowId }),
      ...(version === undefined ? {} : { [`dimension${String(version)}`]: at.version }),
    };
  };
  /** An event (`ca=1`: never counted as a page view), at the step on screen if any. */
  const event = (category: string, action: string, name?: string, value?: number) => ({
    ...base(step ? stepUrl(step) : appUrl),
    ...(step ? dimensions(step) : {}),
    ca: '1',
    e_c: category,
    e_a: action,
    ...(name === undefined ? {} : { e_n: name }),
    ...(value === undefined ? {} : { e_v: String(value) }),
  });
  const atStep = (category: string, action: string) =>
    step ? [event(category, action, where(step))] : [];

  return (input: TrackEvent): MatomoParams[] => {
    switch (input.type) {
      case 'home':
        step = undefined;
        return [{ ...base(appUrl), action_name: 'Accueil' }];
      case 'choose':
        openedFrom = input.from;
        return [];
      case 'step': {
        const { type: _, first, navigated, ...shown } = input;
        const same = step?.flowId === shown.flowId && step.stateId === shown.stateId;
        step = shown;
        if (same && !first) return [];
        const requests: MatomoParams[] = [];
        if (first) {
          requests.push(
            event('Ouverture', openedFrom ?? (navigated ? 'autre' : 'lien'), shown.flowId),
          );
          openedFrom = undefined;
        }
        requests.push({ ...base(stepUrl(shown)), ...dimensions(shown), action_name: where(shown) });
        const ending = endingNames[shown.kind];
        if (ending) requests.push(event('Fin', ending, where(shown)));
        return requests;
      }
      case 'action':
        return atStep('Transmission', input.action);
      case 'restart':
        return atStep('Recommencer', 'recommencer');
      case 'helped':
        return atStep('Avis', input.helped ? 'oui' : 'non');
      case 'search':
        // Matomo's site search only when the settings allow the query itself to leave.
        return matomo.searchQueries
          ? [{ ...base(appUrl), search: input.query, search_count: String(input.results) }]
          : [
              event(
                'Recherche',
                input.results > 0 ? 'trouvée' : 'sans résultat',
                undefined,
                input.query.length,
              ),
            ];
    }
  };
}
