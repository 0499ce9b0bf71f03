import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepView } from '../../../src/engine';
import { expectKind } from '../../support/allFlows';
import { networkFlow } from '../../support/walks/networkWalk';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { expectedTicketText, heading, replay } from '../support/walk';

interface Paint {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  backgroundColor: string;
  borderColor: string;
  borderWidth: string;
}

/** The focused element, how it is painted with and without focus, and the colour around it. */
interface Focus {
  tag: string;
  name: string;
  onScreen: boolean;
  focused: Paint;
  rest: Paint;
  around: string;
}

let app: BrowserApp;
let page: Page;
const checked: string[] = [];

beforeAll(async () => {
  app = await startBrowserApp();
  const context = await app.browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

/**
 * Reads the focused element in the page. Its unfocused paint comes from a transient copy
 * inserted next to it (same selectors match, minus :focus), so focus never moves.
 */
async function currentFocus(): Promise<Focus | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const paint = (target: HTMLElement) => {
      const style = getComputedStyle(target);
      return {
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
        backgroundColor: style.backgroundColor,
        borderColor: style.borderTopColor,
        borderWidth: style.borderStyle === 'none' ? '0px' : style.borderTopWidth,
      };
    };
    const focused = paint(element);
    const copy = element.cloneNode(true);
    if (!(copy instanceof HTMLElement)) return null;
    // No id, no radio group, out of the accessibility tree: the copy changes nothing while it exists.
    copy.removeAttribute('id');
    copy.removeAttribute('name');
    copy.setAttribute('aria-hidden', 'true');
    element.after(copy);
    const rest = paint(copy);
    copy.remove();

    const box = element.getBoundingClientRect();
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    // What is painted behind the element: the first thing under its centre with a background.
    const under = document
      .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      .filter((other) => other !== element && !element.contains(other));
    const around =
      under
        .map((other) => getComputedStyle(other).backgroundColor)
        .find((colour) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent') ??
      'rgb(255, 255, 255)';
    const label =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? '')
        : element.textContent;
    return {
      tag: element.tagName.toLowerCase(),
      name: label.replace(/\s+/g, ' ').trim(),
      onScreen,
      focused,
      rest,
      around,
    };
  });
}

type Rgba = [number, number, number, number];

function parseColour(text: string): Rgba {
  const match = /^rgba?\(([^)]*)\)$/.exec(text.trim());
  if (!match) throw new Error(`unexpected colour ${text}`);
  const [r = 0, g = 0, b = 0, a = 1] = (match[1] ?? '').split(/[\s,/]+/).map(Number);
  return [r, g, b, a];
}

/** WCAG 2.1 relative luminance and contrast ratio; a translucent colour is laid over the background first. */
function contrast(foreground: string, background: string): number {
  const [br, bg, bb] = parseColour(background);
  const [fr, fg, fb, fa] = parseColour(foreground);
  const over = (f: number, b: number) => f * fa + b * (1 - fa);
  const luminance = (rgb: readonly number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const a = luminance([over(fr, br), over(fg, bg), over(fb, bb)]);
  const b = luminance([br, bg, bb]);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Each box-shadow as its colour and largest extent in px (offsets or spread), inset ones left out. */
function shadows(boxShadow: string): { colour: string; extent: number }[] {
  if (boxShadow === 'none') return [];
  return boxShadow
    .split(/,(?![^(]*\))/)
    .filter((shadow) => !shadow.includes('inset'))
    .map((shadow) => {
      const colour = /rgba?\([^)]*\)/.exec(shadow)?.[0] ?? 'rgb(0, 0, 0)';
      const lengths = shadow
        .replace(colour, '')
        .trim()
        .split(/\s+/)
        .map((length) => Math.abs(parseFloat(length)));
      const [x = 0, y = 0, , spread = 0] = lengths;
      return { colour, extent: Math.max(x, y, spread) };
    });
}

/**
 * What focus adds (outline, shadow, border or fill that differ from the unfocused paint), each
 * with its contrast against what is around; the best must reach 4.5:1 and be at least 2 px.
 */
function indicator(focus: Focus): { part: string; ratio: number }[] {
  const { focused, rest, around } = focus;
  const parts: { part: string; colour: string }[] = [];
  const outlineChanged =
    focused.outlineStyle !== rest.outlineStyle ||
    focused.outlineColor !== rest.outlineColor ||
    focused.outlineWidth !== rest.outlineWidth;
  if (outlineChanged && focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 2)
    parts.push({ part: 'outline', colour: focused.outlineColor });
  if (focused.boxShadow !== rest.boxShadow) {
    for (const shadow of shadows(focused.boxShadow))
      if (shadow.extent >= 2) parts.push({ part: 'box-shadow', colour: shadow.colour });
  }
  if (focused.borderColor !== rest.borderColor && parseFloat(focused.borderWidth) >= 2)
    parts.push({ part: 'border', colour: focused.borderColor });
  if (focused.backgroundColor !== rest.backgroundColor)
    parts.push({ part: 'background', colour: focused.backgroundColor });
  return parts.map(({ part, colour }) => ({
    part: `${part} ${colour}`,
    ratio: Math.round(contrast(colour, around) * 100) / 100,
  }));
}

/** Waits until the focused element shows an indicator of at least 4.5:1 (a date input gets it a frame late). */
async function expectVisibleFocus(): Promise<Focus> {
  const last: { focus?: Focus | null } = {};
  const summary = () => {
    const { focus } = last;
    if (!focus) return 'nothing has focus';
    return `${focus.tag} « ${focus.name.slice(0, 60)} » on ${focus.around}: ${JSON.stringify(indicator(focus))}`;
  };
  await expect
    .poll(
      async () => {
        const focus = await currentFocus();
        last.focus = focus;
        if (!focus?.onScreen) return 0;
        return Math.max(0, ...indicator(focus).map(({ ratio }) => ratio));
      },
      { message: 'focus indicator contrast' },
    )
    .toBeGreaterThanOrEqual(4.5)
    .catch((error: unknown) => {
      throw new Error(`${summary()}\n${String(error)}`);
    });
  const { focus } = last;
  if (!focus) throw new Error('nothing has focus');
  checked.push(summary());
  return focus;
}

/** Presses Tab (or Shift+Tab) until focus reaches the element named `name`, checking every stop on the way. */
async function tabTo(name: string | RegExp, backwards = false): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let stops = 0; stops < 40; stops++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await expectVisibleFocus();
    if (matches(focus.name)) return;
  }
  throw new Error(`Tab never reached « ${String(name)} »`);
}

/** After an answer, focus is on the new step's h1, which shows it too. */
async function expectHeadingFocused(text: string) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element?.tagName === 'H1' ? element.textContent : null;
      }),
    )
    .toBe(text);
  await expectVisibleFocus();
}

describe('the network flow with the keyboard only', () => {
  it('reaches the ticket with Tab, Shift+Tab, Enter, Space and typing, focus always visible', async () => {
    const values = {
      socketNumber: 'B12-034',
      workingSocket: '',
      since: '2025-01-31',
      pcName: 'UM-PC-4242',
      dockingStation: 'dockingStation',
    };
    const contact = { contactPhone: '06 12 34 56 78', availability: '' };
    const expected = expectKind(
      stepView(
        replay(networkFlow, [
          { type: 'WIRED' },
          { type: 'STILL_FAILING' },
          { type: 'SUBMIT', values },
          { type: 'UP_TO_DATE' },
          { type: 'SUBMIT', values: contact },
        ]),
      ),
      'ticket',
    );
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await tabTo('Rechercher une procédure');
    await page.keyboard.type('réseau');
    // The search answers once React has adopted the pre-rendered page: the results are its own.
    await page.getByRole('heading', { level: 2, name: 'Résultats de la recherche' }).waitFor();
    await tabTo(/^Problème de connexion réseau/);
    await page.keyboard.press('Enter');
    const first = stepView(replay(networkFlow, []));
    // Opened from the list: focus is on its first heading, as on every later step.
    await expectHeadingFocused(heading(first));

    await tabTo('Par un câble Ethernet');
    await page.keyboard.press('Enter');
    const cable = stepView(replay(networkFlow, [{ type: 'WIRED' }]));
    await expectHeadingFocused(heading(cable));

    await tabTo('Non, toujours pas de connexion');
    await page.keyboard.press('Space');
    const form = stepView(replay(networkFlow, [{ type: 'WIRED' }, { type: 'STILL_FAILING' }]));
    await expectHeadingFocused(heading(form));

    // Sent empty: focus goes to the error summary, whose first link leads to the field.
    await tabTo('Continuer');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('alert');
    await expectVisibleFocus();
    await tabTo('Indiquez le numéro inscrit sur la prise murale.');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('champ-socketNumber');
    await expectVisibleFocus();
    await page.keyboard.type(values.socketNumber);

    // The approximate answers are one radio group: Tab reaches the first, the arrows move on.
    await tabTo('Aujourd’hui');
    for (let stops = 0; stops < 5; stops++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#champ-since-exact').isChecked()).toBe(true);
    await expectVisibleFocus();
    await tabTo('Jour');
    await page.keyboard.type('31');
    await tabTo('Mois');
    await page.keyboard.type('1');
    await tabTo('Année');
    await page.keyboard.type('2025');
    await tabTo('Nom du PC');
    await page.keyboard.type(values.pcName);
    await tabTo('Sur la station d’accueil (PC portable)');
    await page.keyboard.press('Space');
    expect(await page.locator('#champ-dockingStation').isChecked()).toBe(true);
    // One step back and forth again with Shift+Tab, as a user checking what they typed.
    await tabTo('Nom du PC', true);
    await tabTo('Continuer');
    await page.keyboard.press('Enter');
    await expectHeadingFocused('Votre bureau est-il à jour dans le Centre de Services\u202f?');
    await tabTo('Oui, elle est à jour');
    await page.keyboard.press('Enter');
    await expectHeadingFocused('Comment vous joindre\u202f?');
    await tabTo('Numéro de téléphone (facultatif)');
    await page.keyboard.type(contact.contactPhone);
    await tabTo('Continuer');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(heading(expected));

    const summary = await page.locator('main').innerText();
    for (const field of expected.ticket.fields) expect(summary).toContain(field.value);

    // Shift+Tab from the heading reaches the back link above it.
    await tabTo(/Retour$/, true);
    const download = page.waitForEvent('download');
    await tabTo('Télécharger (.txt)');
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toBe(await expectedTicketText(page, expected.ticket));

    // « Recommencer » on a prepared ticket asks first; « Non » keeps everything, focus back on it.
    await tabTo('Recommencer la procédure');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Recommencer efface vos réponses et la demande préparée/);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo('Non, continuer');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Recommencer la procédure');
    await expectVisibleFocus();
    expect(await page.locator('h1').textContent()).toBe(heading(expected));
    console.log(`keyboard walk: ${String(checked.length)} focus stops checked`);
  });
});
