import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeDiagnostic,
  diagnosticPrefix,
  pathDiagram,
  replayRecord,
  stepView,
  type DiagnosticRecord,
} from '../../../src/engine';
import {
  linkProblems,
  nothingReplayed,
  unknownFlow,
} from '../../../src/ui/diagnostic/linkProblems';
import {
  walkEvents,
  wiredTicketEvents,
  wiredTicketShown,
} from '../../support/walks/diagnosticWalk';
import { encodeRecord, malformedLinks, sampleRecord } from '../../support/malformedLinks';
import { networkFlow } from '../../support/walks/networkWalk';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectStep, next, openFlow } from '../support/walk';

const heading = 'Demande d’assistance : détail pour l’agent';

/**
 * The one console error the agent's view may log: the browser refusing the inline styles
 * Mermaid writes into its diagram (scripts/build/cspPlugin.ts, the exception shared with the author page).
 */
const mermaidInlineStyle =
  /^Applying inline style violates the following Content Security Policy directive 'style-src 'self' 'sha256-[\w+/=]+''/;

let app: BrowserApp;

/** A page in a context of its own, recording what must never happen on the agent's view. */
async function watchedPage(context: BrowserContext) {
  const page = await context.newPage();
  const seen: Record<'pageErrors' | 'consoleErrors' | 'dialogs' | 'requests', string[]> = {
    pageErrors: [],
    consoleErrors: [],
    dialogs: [],
    requests: [],
  };
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  // An alert() from injected markup would open a dialog: none may.
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return { page, seen };
}

beforeAll(async () => {
  app = await startBrowserApp();
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** Walks network-connection to the wired ticket the way a person does, and returns the .txt. */
async function ticketText(page: Page): Promise<string> {
  await openFlow(page, app.url, 'network-connection');
  let session = walkEvents([]);
  for (const event of wiredTicketEvents) {
    await expectStep(page, stepView(session));
    await act(page, stepView(session), event);
    session = next(session, event);
  }
  await expectStep(page, stepView(session));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger (.txt)' }).click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8');
}

function decoded(link: string): DiagnosticRecord {
  const result = decodeDiagnostic(
    link.slice(link.indexOf(diagnosticPrefix) + diagnosticPrefix.length),
  );
  if (!result.ok) throw new Error(`the ticket's link does not decode: ${result.problem}`);
  return result.record;
}

describe('the agent’s view in Chromium, on the production build', () => {
  it('opens a ticket’s link in a fresh context with every value and the path highlighted', async () => {
    const personContext = await app.browser.newContext({ locale: 'fr-FR' });
    const text = await ticketText(await personContext.newPage());
    await personContext.close();
    const link = /^Détail pour l’agent\u202f: (\S+)$/m.exec(text)?.[1] ?? '';
    expect(link.startsWith(`${app.url}${diagnosticPrefix}`), text).toBe(true);
    const record = decoded(link);
    expect(record.events).toEqual(walkEvents(wiredTicketEvents).trail.map((entry) => entry.event));

    // A fresh context: nothing saved by the walk, only what the link carries.
    const agentContext = await app.browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 1280, height: 900 },
    });
    const { page, seen } = await watchedPage(agentContext);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Parcours', exact: true })
      .waitFor({ timeout: 10_000 });

    const replayed = replayRecord(networkFlow, record);
    const main = await page.locator('main').innerText();
    for (const value of wiredTicketShown) expect(main).toContain(value);
    for (const item of replayed.trail)
      expect(main).toContain(`${item.question}\u202f: ${item.answer}`);
    expect(main).toContain('Non renseigné');

    const { takenEdges } = pathDiagram(networkFlow, replayed.path);
    const taken = page.locator('.diagram__canvas path.taken');
    await expect.poll(() => taken.count(), { timeout: 20_000 }).toBe(takenEdges.length);
    expect(
      await taken.evaluateAll((edges) => edges.map((edge) => edge.getAttribute('data-id'))),
    ).toEqual(takenEdges);
    const visited = await page
      .locator('.diagram__canvas .node.visited')
      .evaluateAll((nodes) => nodes.map((node) => /-flowchart-(.+)-\d+$/.exec(node.id)?.[1]));
    expect(visited.sort()).toEqual(['start', ...replayed.path.map((step) => step.stateId)].sort());
    const path = await page
      .locator('.walked-path li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(path).toEqual(replayed.path.map((step) => step.stateId));

    expect(await axeViolations(page)).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.consoleErrors.filter((message) => !mermaidInlineStyle.test(message))).toEqual([]);
    const origin = new URL(app.url).origin;
    expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await agentContext.close();
  }, 120_000);

  const unusable = [
    ...malformedLinks.map(({ name, encoded, problem }) => ({
      name,
      encoded,
      title: linkProblems[problem].title,
    })),
    {
      name: 'an unknown procedure',
      encoded: encodeRecord({ ...sampleRecord, flowId: 'imprimante-disparue' }),
      title: unknownFlow('imprimante-disparue').title,
    },
    {
      name: 'no answer replays',
      encoded: encodeRecord({ ...sampleRecord, events: [{ type: 'PRINTER' }] }),
      title: nothingReplayed.title,
    },
  ];

  it(`shows a French message, and no error, for each of ${String(unusable.length)} unusable links`, async () => {
    expect(unusable.length).toBeGreaterThanOrEqual(20);
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const { page, seen } = await watchedPage(context);
    for (const [index, { name, encoded, title }] of unusable.entries()) {
      // A full load each time, as when the agent clicks the link in a mail.
      // The heading below is the wait: no need for the load event of every chunk.
      await page.goto('about:blank', { waitUntil: 'commit' });
      await page.goto(`${app.url}${diagnosticPrefix}${encoded}`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByRole('heading', { level: 2, name: title, exact: true })
        .waitFor({ timeout: 10_000 });
      if (index === 0) expect(await axeViolations(page), name).toEqual([]);
      expect(seen, name).toMatchObject({ pageErrors: [], consoleErrors: [], dialogs: [] });
    }
    const origin = new URL(app.url).origin;
    expect(
      seen.requests.filter((url) => !url.startsWith('about:') && new URL(url).origin !== origin),
    ).toEqual([]);
    await context.close();
  }, 240_000);
});
