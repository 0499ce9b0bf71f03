import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeRecord, stepView } from '../../../src/engine';
import { encodeFragment } from '../../../src/engine/handOff/fragmentCodec';
import { today } from '../../support/allFlows';
import { contactValues, networkFlow, wiredValues } from '../../support/walks/networkWalk';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectStep, next, openFlow, replay } from '../support/walk';

let app: BrowserApp;
let computer: Page;

const toContact = [
  { type: 'WIRED' },
  { type: 'STILL_FAILING' },
  { type: 'SUBMIT', values: wiredValues },
  { type: 'UP_TO_DATE' },
];
const atDetails = stepView(replay(networkFlow, toContact.slice(0, 2)));
const atContact = stepView(replay(networkFlow, toContact));
const phoneLabel = 'Numéro de téléphone (facultatif)';

beforeAll(async () => {
  app = await startBrowserApp();
  computer = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  computer.setDefaultTimeout(15_000);
  await computer.goto(app.url);
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** Reads the QR code on the page the way a phone's camera would: from its pixels alone. */
async function scanQrCode(page: Page): Promise<string> {
  const { size, rgba } = await page.locator('svg.qr-code').evaluate(async (svg) => {
    // Whole pixels per module (2), as a camera held close to the screen sees them.
    const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]) * 2;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, side, side);
    let binary = '';
    for (const byte of context.getImageData(0, 0, side, side).data)
      binary += String.fromCharCode(byte);
    return { size: side, rgba: btoa(binary) };
  });
  const code = jsQR(Uint8ClampedArray.from(Buffer.from(rgba, 'base64')), size, size);
  if (!code) throw new Error('no QR code could be read');
  return code.data;
}

/**
 * A phone: a browser context of its own, nothing shared with the computer's, with a phone's
 * touch screen (no hover, a coarse pointer) and size.
 */
async function phoneAt(url: string): Promise<{ phone: Page; context: BrowserContext }> {
  const context = await app.browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();
  phone.setDefaultTimeout(15_000);
  await phone.goto(url);
  return { phone, context };
}

describe('« Continuer sur mon téléphone »', () => {
  let withoutValues = '';
  let withValues = '';

  it('shows a QR code of a link to this step, the link as text too, values only when ticked', async () => {
    await openFlow(computer, app.url, networkFlow.id);
    let session = replay(networkFlow, []);
    for (const event of toContact) {
      await act(computer, stepView(session), event);
      session = next(session, event);
    }
    await expectStep(computer, atContact);
    // Typed, not sent yet.
    await computer.getByLabel(phoneLabel, { exact: true }).fill(contactValues.contactPhone);

    const toggle = computer.getByRole('button', { name: 'Continuer sur mon téléphone' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = computer.getByRole('checkbox', { name: 'Inclure les valeurs que j’ai saisies' });
    expect(await box.isChecked()).toBe(false);
    await computer
      .getByRole('img', { name: /^Code QR du lien qui ouvre cette procédure à l’étape 3/ })
      .waitFor();
    const link = computer.getByRole('textbox', { name: 'Lien vers cette étape' });
    withoutValues = await scanQrCode(computer);
    expect(withoutValues).toBe(await link.inputValue());
    expect(withoutValues).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/#\/procedure\/network-connection\/reprendre\/[\w-]+$/,
    );
    expect(withoutValues).not.toContain(encodeURIComponent(wiredValues.socketNumber));
    expect(await axeViolations(computer)).toEqual([]);

    await box.check();
    await computer
      .getByRole('img', { name: 'Code QR du lien qui ouvre cette procédure à cette étape' })
      .waitFor();
    withValues = await scanQrCode(computer);
    expect(withValues).not.toBe(withoutValues);
    expect(withValues).toBe(await link.inputValue());
  });

  it('the code with the values opens the same step, typed values included, in a fresh browser', async () => {
    const { phone, context } = await phoneAt(withValues);
    await expectStep(phone, atContact);
    await phone
      .getByText('Vous reprenez la procédure là où vous l’avez laissée sur l’autre appareil.')
      .waitFor();
    expect(await phone.getByLabel(phoneLabel, { exact: true }).inputValue()).toBe(
      contactValues.contactPhone,
    );
    // On the phone, the way on is to another device, the link first: not « mon téléphone ».
    const toggle = phone.getByRole('button', { name: 'Continuer sur un autre appareil' });
    await toggle.click();
    await phone.getByText(/^Ouvrez ce lien sur l’autre appareil/).waitFor();
    expect(await phone.getByRole('button', { name: 'Continuer sur mon téléphone' }).count()).toBe(
      0,
    );
    await toggle.click();
    // The record leaves the address bar: a reload resumes the phone's own saved session.
    await expect.poll(() => phone.url()).toMatch(/#\/procedure\/network-connection\/5$/);
    const submitted = { type: 'SUBMIT', values: contactValues };
    await act(phone, atContact, submitted);
    const ticket = stepView(next(replay(networkFlow, toContact), submitted));
    await expectStep(phone, ticket);
    expect(await phone.locator('main').innerText()).toContain(wiredValues.socketNumber);
    await context.close();
  });

  it('the code without the values opens the first form filled, saying the values did not come', async () => {
    const { phone, context } = await phoneAt(withoutValues);
    await expectStep(phone, atDetails);
    await phone
      .getByText(/les valeurs saisies sur l’autre appareil n’ont pas été transmises/)
      .waitFor();
    expect(await phone.getByLabel('Nom du PC', { exact: true }).inputValue()).toBe('');
    await context.close();
  });
});

describe('a link that cannot be resumed', () => {
  const record = resumeRecord(replay(networkFlow, toContact), today, { withValues: true });
  const base = () => `${app.url}#/procedure/network-connection/reprendre/`;
  let phone: Page;

  beforeAll(async () => {
    ({ phone } = await phoneAt(app.url));
  });

  // One phone for all three, each link opened in the tab already on the app (and, after the
  // first, on this very procedure): the page reads it afresh all the same. Each message differs
  // from the one before, so that none is left over from the previous link.
  it.each([
    [
      'altered',
      () => `${base()}${encodeFragment({ ...record, events: [{ type: 'HACKED' }] })}`,
      'incomplet ou a été modifié',
    ],
    [
      'made on another version',
      () => `${base()}${encodeFragment({ ...record, version: 'h000000' })}`,
      'une autre version de cette procédure',
    ],
    [
      'cut short',
      () => `${base()}${encodeFragment(record).slice(0, 40)}`,
      'incomplet ou a été modifié',
    ],
  ])('%s: says so in French and starts the procedure at its beginning', async (_, url, message) => {
    await phone.goto(url());
    await expectStep(phone, stepView(replay(networkFlow, [])));
    const notice = phone.getByRole('status').filter({ hasText: message });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('La procédure commence au début.');
  });
});
