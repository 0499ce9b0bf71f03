import { describe, expect, it } from 'vitest';
import { matomoRequests } from '../../src/measure/matomoRequests';
import type { TrackEvent } from '../../src/measure/trackEvent';
import { matomoSchema } from '../../src/settings/matomoSchema';

const app = 'https://depannage.example/';
const matomo = matomoSchema.parse({ url: 'https://stats.example/', siteId: 4 });
const common = { idsite: '4', rec: '1', apiv: '1', send_image: '0' };

const step = (stateId: string, kind: 'question' | 'resolution' | 'ticket', first = false) =>
  ({
    type: 'step',
    flowId: 'network-connection',
    version: 'v3',
    stateId,
    kind,
    first,
    navigated: true,
  }) satisfies TrackEvent;

describe('the requests Matomo receives', () => {
  it('are a page view per step shown, named and addressed by ids, with the procedure opened first', () => {
    const requests = matomoRequests(matomo, app);
    requests({ type: 'choose', from: 'recherche' });
    expect(requests(step('connectionType', 'question', true))).toEqual([
      {
        ...common,
        url: `${app}procedure/network-connection/v3/connectionType`,
        ca: '1',
        e_c: 'Ouverture',
        e_a: 'recherche',
        e_n: 'network-connection',
      },
      {
        ...common,
        url: `${app}procedure/network-connection/v3/connectionType`,
        action_name: 'network-connection / v3 / connectionType',
      },
    ]);
    // The same step again (a render, not a move) is not counted twice.
    expect(requests(step('connectionType', 'question'))).toEqual([]);
  });

  it('say how a procedure was opened: the home page’s link, else a link or another screen', () => {
    const requests = matomoRequests(matomo, app);
    const opened = (navigated: boolean) =>
      requests({ ...step('connectionType', 'question', true), navigated })[0]?.e_a;
    expect(opened(false)).toBe('lien');
    expect(opened(true)).toBe('autre');
    requests({ type: 'choose', from: 'liste' });
    expect(opened(true)).toBe('liste');
    expect(opened(true)).toBe('autre');
  });

  it('count an ending by its kind, and what was done there, at that step', () => {
    const requests = matomoRequests(matomo, app);
    const at = 'network-connection / v3 / wiredTicket';
    expect(requests(step('wiredTicket', 'ticket'))[1]).toMatchObject({
      e_c: 'Fin',
      e_a: 'ticket',
      e_n: at,
    });
    const events: TrackEvent[] = [
      { type: 'action', action: 'copie' },
      { type: 'helped', helped: false },
      { type: 'restart' },
    ];
    expect(events.flatMap(requests).map((params) => [params.e_c, params.e_a, params.e_n])).toEqual([
      ['Transmission', 'copie', at],
      ['Avis', 'non', at],
      ['Recommencer', 'recommencer', at],
    ]);
  });

  it('send a search as its length and whether it found something, its text only if allowed', () => {
    const search: TrackEvent = { type: 'search', query: 'mon mot de passe', results: 0 };
    expect(matomoRequests(matomo, app)(search)).toEqual([
      { ...common, url: app, ca: '1', e_c: 'Recherche', e_a: 'sans résultat', e_v: '16' },
    ]);
    const allowed = matomoSchema.parse({ ...matomo, searchQueries: true });
    expect(matomoRequests(allowed, app)({ ...search, results: 2 })).toEqual([
      { ...common, url: app, search: 'mon mot de passe', search_count: '2' },
    ]);
  });

  it('fill the custom dimensions the settings number, and never a visitor id', () => {
    const numbered = matomoSchema.parse({ ...matomo, dimensions: { procedure: 3, version: 5 } });
    const requests = matomoRequests(numbered, app)(step('wiredTicket', 'ticket', true));
    for (const params of requests) {
      expect(params).toMatchObject({ dimension3: 'network-connection', dimension5: 'v3' });
      for (const key of ['_id', 'cid', 'uid', '_idts', '_idvc', 'res', 'urlref', 'h', 'm', 's'])
        expect(params).not.toHaveProperty(key);
    }
    expect(requests.map((params) => params.e_c ?? 'page')).toEqual(['Ouverture', 'page', 'Fin']);
  });
});
