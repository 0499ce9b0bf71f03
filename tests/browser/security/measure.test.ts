import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, stepView, type FlowEvent, type FlowModel } from '../../../src/engine';
import { allFlows } from '../../support/allFlows';
import { configuredMatomo } from '../../support/configuredSettings';
import { coveringPaths } from '../../support/flowPaths';
import { contactValues, networkFlow, wiredValues } from '../../support/walks/networkWalk';
import { startBrowserApp, type BrowserApp } from '../support/browser';
import { holdEntry } from '../support/holdEntry';
import {
  matomoProblems,
  startMatomoRecorder,
  type MatomoRecorder,
  type Recorded,
} from '../support/matomoRecorder';
import { act, expectStep, next, openFlow, replay } from '../support/walk';

declare global {
  interface Window {
    __beacons?: number;
    __violations?: string[];
  }
}

if (!configuredMatomo) throw new Error('tests/support/deploiement.test.json gives no Matomo');
const matomo = configuredMatomo;

let app: BrowserApp;
let recorder: MatomoRecorder;

beforeAll(async () => {
  recorder = await startMatomoRecorder(matomo);
  app = await startBrowserApp('configured');
}, 60_000);

afterAll(async () => {
  await app.close();
  await recorder.close();
});

/** A browser profile of its own, counting the page's beacons and its CSP violations. */
async function newContext(): Promise<BrowserContext> {
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  context.setDefaultTimeout(15_000);
  // The Centre de Services' and the form's links open on reserved `.example` names: not reached.
  await context.route(/\.example\//, (route) => route.fulfill({ status: 204 }));
  await context.addInitScript(() => {
    window.__beacons = 0;
    window.__violations = [];
    const send = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      window.__beacons = (window.__beacons ?? 0) + 1;
      return send(url, data);
    };
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return context;
}

/**
 * The requests of this file's app: the other files that open `dist-reglages/`, run meanwhile,
 * send to the same port from their own servers.
 */
function ours(): Recorded[] {
  return recorder.requests.filter((request) => `${request.origin}/` === app.url);
}

/** The events and page views received from now on, as `e_c/e_a/e_n` or `page <action_name>`. */
function received(from: number): string[] {
  return ours()
    .slice(from)
    .map(({ params }) =>
      params.e_c === undefined
        ? `page ${params.action_name ?? ''}`
        : [params.e_c, params.e_a, params.e_n ?? params.e_v ?? ''].join('/'),
    );
}

async function expectReceived(from: number, expected: string[]) {
  await expect
    .poll(() => received(from), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(expected));
}

const where = (flow: FlowModel, stateId: string) => `${flow.id} / ${flow.version} / ${stateId}`;
const typed = [...Object.values(wiredValues), ...Object.values(contactValues)];

describe('audience measurement with Matomo (the settings give a server)', () => {
  it('sends nothing once the person refused, remembered in the browser, and asks nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    // Until now the page was measured: its page view is in, before counting from here.
    await expectReceived(0, ['page Accueil']);
    await page.getByRole('button', { name: 'Refuser la mesure d’audience' }).click();
    await page.getByText('Vous avez refusé la mesure d’audience').waitFor();
    const start = ours().length;
    await page.reload();
    await page.getByText('Vous avez refusé la mesure d’audience').waitFor();
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
    await page.getByRole('button', { name: 'Oui, ça fonctionne' }).click();
    await expectStep(page, stepView(replay(networkFlow, [{ type: 'WIRED' }, { type: 'FIXED' }])));
    expect(await page.getByText('Cette procédure vous a-t-elle aidé').count()).toBe(0);
    // Counted in the page as the app calls it: not one beacon, whatever the network does later.
    expect(await page.evaluate(() => window.__beacons)).toBe(0);
    expect(ours().length).toBe(start);
    await context.close();
  });

  it('never sends a value typed in a form, on any path of any flow', async () => {
    const start = ours().length;
    const cases = allFlows.flatMap((flow) =>
      coveringPaths(flow).map((events) => ({ flow, events })),
    );
    const typedValues = new Set<string>();
    // Three pages at once: the walk adds seconds to the suite, not minutes.
    const lanes = 3;
    const pages = await Promise.all(
      Array.from({ length: lanes }, async () => (await newContext()).newPage()),
    );
    await Promise.all(
      pages.map(async (page, lane) => {
        for (const { flow, events } of cases.filter((_, index) => index % lanes === lane)) {
          await openFlow(page, app.url, flow.id);
          let session = startSession(flow);
          for (const event of events) {
            await expectStep(page, stepView(session));
            await act(page, stepView(session), event);
            session = next(session, event);
            for (const [name, value] of Object.entries(event.values ?? {}))
              if (flow.fields.get(name)?.type !== 'choice' && value.length >= 4)
                typedValues.add(value);
          }
          await expectStep(page, stepView(session));
        }
      }),
    );
    const sent = await Promise.all(pages.map((page) => page.evaluate(() => window.__beacons ?? 0)));
    const total = sent.reduce((sum, count) => sum + count, 0);
    await expect.poll(() => ours().length - start, { timeout: 10_000 }).toBe(total);
    expect(typedValues.size).toBeGreaterThanOrEqual(3);
    for (const request of ours().slice(start)) {
      expect(matomoProblems(request, matomo, app.url, allFlows), request.raw).toEqual([]);
      for (const value of typedValues) expect(request.raw, value).not.toContain(value);
    }
    await Promise.all(pages.map((page) => page.context().close()));
  }, 180_000);

  it('sends each step and what was done, by ids only, in requests Matomo’s Tracking API accepts', async () => {
    const start = ours().length;
    const context = await newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(app.url);
    await expectReceived(start, ['page Accueil']);
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    const events: FlowEvent[] = [
      { type: 'WIRED' },
      { type: 'STILL_FAILING' },
      { type: 'SUBMIT', values: wiredValues },
      { type: 'UP_TO_DATE' },
      { type: 'SUBMIT', values: contactValues },
    ];
    let session = startSession(networkFlow);
    await expectStep(page, stepView(session));
    for (const event of events) {
      await act(page, stepView(session), event);
      session = next(session, event);
      await expectStep(page, stepView(session));
    }
    const ticket = stepView(session);
    await page.getByRole('button', { name: 'Copier le texte' }).click();
    await page.getByText('Texte copié').waitFor();
    await page.getByRole('button', { name: 'Télécharger (.txt)' }).click();
    await page.getByRole('link', { name: /^Ouvrir le Centre de Services/ }).click();
    await page.getByRole('button', { name: 'Oui', exact: true }).click();
    await page.getByText('Merci pour votre réponse').waitFor();
    await page.getByRole('button', { name: 'Recommencer la procédure' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer et recommencer' }).click();
    await expectStep(page, stepView(startSession(networkFlow)));

    const first = stepView(startSession(networkFlow)).stateId;
    const at = where(networkFlow, ticket.stateId);
    await expectReceived(start, [
      `Ouverture/liste/${networkFlow.id}`,
      `page ${where(networkFlow, first)}`,
      ...events.map(
        (_, index) =>
          `page ${where(networkFlow, stepView(replay(networkFlow, events.slice(0, index + 1))).stateId)}`,
      ),
      `Fin/ticket/${at}`,
      `Transmission/copie/${at}`,
      `Transmission/txt/${at}`,
      `Transmission/centre-de-services/${at}`,
      `Avis/oui/${at}`,
      `Recommencer/recommencer/${at}`,
    ]);
    const requests = ours().slice(start);
    for (const request of requests) {
      expect(matomoProblems(request, matomo, app.url, allFlows), request.raw).toEqual([]);
      for (const value of typed) expect(request.raw).not.toContain(value);
      // Matomo's visitor ids are never set: nothing recognises the person another day.
      expect(Object.keys(request.params)).not.toContain('_id');
    }
    // The step's custom dimensions, as the settings number them.
    expect(requests.some(({ params }) => params.dimension1 === networkFlow.id)).toBe(true);
    expect(requests.some(({ params }) => params.dimension2 === networkFlow.version)).toBe(true);
    // The Content-Security-Policy lets the beacons through (connect-src has the server's origin).
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    await context.close();
  });

  it('says where a procedure was opened from (link, search, « Reprendre »), and measures a search by its length', async () => {
    const start = ours().length;
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}#/procedure/${networkFlow.id}`);
    await expectStep(page, stepView(startSession(networkFlow)));
    await expectReceived(start, [`Ouverture/lien/${networkFlow.id}`]);

    await page.getByRole('link', { name: 'Dépannage informatique' }).click();
    const search = page.getByLabel('Rechercher une procédure');
    await search.fill('zzqqxx');
    await expectReceived(start, ['Recherche/sans résultat/6']);
    await search.fill('réseau');
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await expectReceived(start, ['Recherche/trouvée/6', `Ouverture/recherche/${networkFlow.id}`]);
    // One answer, and the home page offers « Reprendre ».
    await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
    await page.getByRole('link', { name: 'Dépannage informatique' }).click();
    await page.getByRole('link', { name: /^Reprendre/ }).click();
    await expectReceived(start, [`Ouverture/reprise/${networkFlow.id}`]);
    for (const request of ours().slice(start)) {
      expect(matomoProblems(request, matomo, app.url, allFlows), request.raw).toEqual([]);
      expect(request.raw).not.toMatch(/zzqqxx|r%C3%A9seau|réseau/);
    }
    await context.close();
  });

  it('counts a procedure chosen in the drawn list before the app’s script ran as from the list', async () => {
    const start = ours().length;
    const context = await newContext();
    const page = await context.newPage();
    const release = await holdEntry(page);
    await page.goto(app.url);
    await page.getByRole('link', { name: /^Problème de connexion réseau/ }).click();
    release();
    await expectStep(page, stepView(startSession(networkFlow)));
    await expectReceived(start, [`Ouverture/liste/${networkFlow.id}`]);
    expect(received(start)).not.toContain(`Ouverture/lien/${networkFlow.id}`);
    await context.close();
  });

  it('asks whether the procedure helped on an ending, and offers the ticket after « Non » on a resolution', async () => {
    const start = ours().length;
    const context = await newContext();
    const page = await context.newPage();
    await openFlow(page, app.url, networkFlow.id);
    const events: FlowEvent[] = [{ type: 'WIRED' }, { type: 'FIXED' }];
    let session = startSession(networkFlow);
    for (const event of events) {
      await act(page, stepView(session), event);
      session = next(session, event);
    }
    const resolved = stepView(session);
    await expectStep(page, resolved);
    const helped = page.getByRole('region', { name: 'Cette procédure vous a-t-elle aidé ?' });
    await helped.getByRole('button', { name: 'Non', exact: true }).click();
    await helped.getByRole('link', { name: 'Ouvrir un ticket' }).click();
    const generic = allFlows.find((flow) => flow.meta.fallback === true);
    if (!generic) throw new Error('no generic request flow');
    await expectStep(page, stepView(startSession(generic)));
    const at = where(networkFlow, resolved.stateId);
    await expectReceived(start, [
      `Fin/résolution/${at}`,
      `Avis/non/${at}`,
      `Transmission/ouvrir-un-ticket/${at}`,
      `Ouverture/autre/${generic.id}`,
    ]);
    await context.close();
  });
});
