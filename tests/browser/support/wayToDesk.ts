import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StepView } from '../../../src/engine';
import type { Settings } from '../../../src/settings/settingsSchema';
import { ticketWayToDesk } from '../../../src/settings/wayToDesk';
import { fr } from '../../../src/ui/i18n/fr';

/**
 * On an ending, the way to the desk the settings give, in its channel's words: every link goes
 * somewhere (no empty href, no e-mail without a recipient), and none is shown without its
 * address.
 */
export async function expectWayToDesk(page: Page, view: StepView, settings: Settings) {
  const wizard = page.locator('.wizard');
  const hrefs = await wizard
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs)
    expect(href, `a link of ${view.stateId}`).toMatch(
      /^(https:\/\/\S+|#\/\S*|mailto:[^?\s]+@[^?\s]+(\?\S+)?|tel:\+?\d+)$/,
    );
  // The hand-off's own e-mail, addressed: only when the settings give the address, and not on a
  // public-form request, whose text is written for the form.
  const mail = wizard.locator('.hand-off a[href^="mailto:"]');
  const offersMail =
    view.kind === 'ticket' && view.ticket.channel === 'serviceCenter' && settings.helpdeskEmail;
  expect(await mail.count()).toBe(offersMail ? 1 : 0);
  expect(await wizard.locator('a[href^="tel:"]').count()).toBe(settings.phoneNumber ? 1 : 0);

  if (view.kind === 'resolution') {
    const help = page.getByRole('region', { name: 'Besoin d’aide ?' });
    expect(await doorHref(help, 'Ouvrir le Centre de Services (nouvel onglet)')).toBe(
      settings.serviceCenterUrl,
    );
    return;
  }
  if (view.kind !== 'ticket') return;
  const way = ticketWayToDesk(view.ticket, view.step.whatNext ?? [], settings, fr.ticket.desk);
  const region = page.getByRole('region', { name: way.heading });
  const text = await region.innerText();
  for (const step of way.steps) expect(text).toContain(step.text);
  for (const line of way.whatNext) expect(text).toContain(line);
  const link = way.steps.find((step) => step.link)?.link;
  if (link) expect(await doorHref(region, `${link.label} (nouvel onglet)`)).toBe(link.href);
  if (view.ticket.channel === 'assistanceForm') {
    // Its heading, its summary and its hand-off: all but the procedure's name above them.
    const shown = await wizard
      .locator('h1, .summary-list, .ticket-title, .hand-off')
      .allInnerTexts();
    for (const part of shown) expect(part).not.toMatch(/Centre de Services/);
    expect(link?.href ?? '').toBe(settings.assistanceFormUrl);
  } else {
    expect(link?.href.startsWith('https://')).toBe(true);
  }
}

async function doorHref(scope: Locator, name: string) {
  return scope.getByRole('link', { name, exact: true }).getAttribute('href');
}
