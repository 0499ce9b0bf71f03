import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import {
  flowTranslationSchema,
  startSession,
  stepView,
  type FlowEvent,
  type FlowModel,
  type FlowTranslation,
  type Session,
  type StepView,
} from '../../../src/engine';
import { en } from '../../../src/ui/i18n/english/en';
import { fr } from '../../../src/ui/i18n/fr';
import { coveringPaths } from '../../support/flowPaths';
import { networkFlow } from '../../support/walks/networkWalk';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectStep, next, openFlow, ticketPaths, type FormWords } from '../support/walk';

/** Every flow's English, as flows/en/ holds it, by flow id. */
const translations = new Map(
  Object.entries(
    import.meta.glob<unknown>('/flows/en/*.ts', { eager: true, import: 'default' }),
  ).map(([file, exported]) => [
    file.replace(/^\/flows\/en\/|\.ts$/g, ''),
    flowTranslationSchema.parse(exported),
  ]),
);

let app: BrowserApp;
/** A browser whose languages put English first: the app opens in English. */
let english: Page;
/** A French browser, for the same walks in French and for the switch. */
let french: Page;
const scanned = new Set<string>();

beforeAll(async () => {
  app = await startBrowserApp();
  english = await (await app.browser.newContext({ locale: 'en-GB' })).newPage();
  french = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  for (const [page, heading] of [
    [english, en.text.home.heading],
    [french, fr.home.heading],
  ] as const) {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
}, 60_000);

afterAll(async () => {
  await app.close();
  console.log(`English walk: ${String(scanned.size)} distinct screens scanned by axe`);
});

/** The view an English reader gets: the flow's English, the engine's words from en.ts. */
function englishView(session: Session, translation: FlowTranslation | undefined): StepView {
  return stepView(session, {
    language: 'en',
    ...(translation ? { translation } : {}),
    ...(en.text.form.messages ? { messages: en.text.form.messages } : {}),
  });
}

const englishForm: FormWords = en.text.form;

/**
 * What must hold on every English screen: `<html lang="en">`, the step's block in the step's
 * language, and each « … » (a French name in English text) inside an element marked French.
 */
async function expectEnglishScreen(flow: FlowModel, view: StepView) {
  const key = `${flow.id}/${view.stateId}`;
  await expectStep(english, view);
  const marks = await english.evaluate(() => {
    const unmarked: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes('«')) continue;
      if (node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'fr')
        unmarked.push(node.textContent);
    }
    return {
      html: document.documentElement.lang,
      step: document.querySelector('h1')?.closest('[lang]')?.getAttribute('lang'),
      unmarked,
    };
  });
  expect(marks, key).toEqual({ html: 'en', step: view.lang, unmarked: [] });
  if (!scanned.has(key)) {
    scanned.add(key);
    expect(await axeViolations(english), key).toEqual([]);
  }
}

const cases = allFlows.flatMap((flow) =>
  coveringPaths(flow).map((events, index) => [flow.id, index, flow, events] as const),
);

describe('every answer of every flow, in English, in Chromium', () => {
  it.each(cases)('%s, path %i', async (_, __, flow, events) => {
    const translation = translations.get(flow.id);
    await openFlow(english, app.url, flow.id, en.text.home.heading);
    let session = startSession(flow);
    await expectEnglishScreen(flow, englishView(session, translation));
    for (const event of events) {
      await act(english, englishView(session, translation), event, englishForm);
      session = next(session, event);
      await expectEnglishScreen(flow, englishView(session, translation));
    }
  });
});

/** Walks `events` on `page` and downloads the ticket's text, as the person would file it. */
async function ticketText(
  page: Page,
  events: readonly FlowEvent[],
  view: (session: Session) => StepView,
  words: { home: string; form: FormWords; download: string },
): Promise<string> {
  await openFlow(page, app.url, networkFlow.id, words.home);
  let session = startSession(networkFlow);
  for (const event of events) {
    await act(page, view(session), event, words.form);
    session = next(session, event);
    await expectStep(page, view(session));
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: words.download, exact: true }).click();
  return readFile(await (await download).path(), 'utf8');
}

describe('the ticket of an English reader', () => {
  it.each(ticketPaths(networkFlow).map((events, index) => [index, events] as const))(
    'is the French one, byte for byte, but for the line saying English (path %i)',
    async (_, events) => {
      const translation = translations.get(networkFlow.id);
      const inEnglish = await ticketText(
        english,
        events,
        (session) => englishView(session, translation),
        { home: en.text.home.heading, form: englishForm, download: en.text.ticket.download },
      );
      const inFrench = await ticketText(french, events, (session) => stepView(session), {
        home: fr.home.heading,
        form: fr.form,
        download: fr.ticket.download,
      });
      const line = '\nLangue de l’usager\u202f: anglais';
      expect(inEnglish).toContain(`${line}\n`);
      expect(inFrench).not.toContain(line);
      expect(inEnglish.replace(line, '')).toBe(inFrench);
    },
  );
});

describe('the language switch, in the middle of a form', () => {
  it('keeps the step and what was typed; <html lang> follows', async () => {
    await openFlow(french, app.url, networkFlow.id, fr.home.heading);
    await french.getByRole('button', { name: 'Par un câble Ethernet', exact: true }).click();
    await french.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();
    await french.getByLabel(/Numéro de la prise/).fill('B12-034');
    // The step's address is written once the step is painted (deferUntilPainted): waited for,
    // or the address read here may still be the step before's.
    await expect.poll(() => french.url()).toMatch(/\/procedure\/network-connection\/3$/);
    const address = french.url();

    await french.getByRole('link', { name: 'English', exact: true }).click();
    await french.getByLabel(/Number of the network socket/).waitFor();
    expect(await french.getByLabel(/Number of the network socket/).inputValue()).toBe('B12-034');
    expect(await french.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(french.url()).toBe(address);
    expect(await french.locator('.progress').innerText()).toContain('Step 3');

    await french.getByRole('link', { name: 'Français', exact: true }).click();
    await french.getByLabel(/Numéro de la prise/).waitFor();
    expect(await french.getByLabel(/Numéro de la prise/).inputValue()).toBe('B12-034');
    expect(await french.evaluate(() => document.documentElement.lang)).toBe('fr');
  });
});
