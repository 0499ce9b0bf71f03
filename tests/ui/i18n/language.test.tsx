import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage, languageKey, preferredLanguage } from '../../../src/ui/i18n/language';
import { loadEnglish } from '../../../src/ui/i18n/english/loadEnglish';
import { prerenderShown } from '../../../src/ui/prerender/prerenderShown';
import { openFlow, renderApp } from '../support/renderApp';

function browserLanguages(languages: readonly string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => {
  browserLanguages(['fr-FR', 'fr']);
  document.documentElement.lang = 'fr';
});

describe('the language of a first visit', () => {
  it('is English when an English language comes before any French one', () => {
    expect(preferredLanguage(['en-GB', 'fr'])).toBe('en');
    expect(preferredLanguage(['de-DE', 'EN-us'])).toBe('en');
    expect(preferredLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(preferredLanguage(['de', 'es'])).toBe('fr');
    expect(preferredLanguage([])).toBe('fr');
  });

  it('yields to the stored choice, read as outside input', () => {
    browserLanguages(['en-US']);
    expect(initialLanguage()).toBe('en');
    localStorage.setItem(languageKey, 'fr');
    expect(initialLanguage()).toBe('fr');
    // Anything but exactly « fr » or « en » is no choice: the browser's languages decide.
    for (const stored of ['english', '"fr"', 'FR', '', '{"language":"fr"}']) {
      localStorage.setItem(languageKey, stored);
      expect(initialLanguage(), stored).toBe('en');
    }
  });

  it('keeps the pre-rendered home page whatever the language (index.html has it in both)', () => {
    expect(prerenderShown('#/')).toBe(true);
    localStorage.setItem(languageKey, 'en');
    expect(prerenderShown('#/')).toBe(true);
    browserLanguages(['en-GB', 'fr']);
    expect(prerenderShown('#/')).toBe(true);
    // Another page, or anything else of the app's kept in this browser, does hide it.
    expect(prerenderShown('#/procedure/network-connection')).toBe(false);
    localStorage.setItem('depannage:session:network-connection', '{}');
    expect(prerenderShown('#/')).toBe(false);
  });
});

describe('the language switch', () => {
  it(
    'names each language in itself, marks the current one, and switches the page',
    { timeout: 30_000 },
    async () => {
      const { user } = renderApp();
      const toggle = screen.getByRole('navigation', { name: 'Langue' });
      const current = within(toggle).getByText('Français');
      expect(current.getAttribute('aria-current')).toBe('true');
      expect(current.getAttribute('lang')).toBe('fr');
      const english = within(toggle).getByRole('link', { name: 'English' });
      expect(english.getAttribute('lang')).toBe('en');
      expect(english.getAttribute('hreflang')).toBe('en');
      expect(document.documentElement.lang).toBe('fr');

      await user.click(english);
      // The English words and the home page's English catalogue come first (the catalogue is
      // built from flows/en/ on first import here, which takes a while on a loaded machine).
      expect(
        await screen.findByRole(
          'heading',
          { level: 1, name: 'What do you need?' },
          { timeout: 20_000 },
        ),
      ).toBeTruthy();
      expect(document.documentElement.lang).toBe('en');
      expect(localStorage.getItem(languageKey)).toBe('en');
      await waitFor(() => {
        expect(document.title).toBe('IT troubleshooting — DSIN Université de Montpellier');
      });
      const back = screen.getByRole('navigation', { name: 'Language' });
      expect(within(back).getByText('English').getAttribute('aria-current')).toBe('true');

      await user.click(within(back).getByRole('link', { name: 'Français' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: /De quoi avez-vous/ }),
      ).toBeTruthy();
      expect(document.documentElement.lang).toBe('fr');
      expect(localStorage.getItem(languageKey)).toBe('fr');
    },
  );

  it('keeps the step and what was typed', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    const socket = screen.getByLabelText(/Numéro de la prise/);
    await user.type(socket, 'B12-034');
    const hash = window.location.hash;

    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('en');
    });
    // The same form, in English (the page switched once the flow's English had come), with
    // what was typed, at the same address.
    expect(screen.getByLabelText(/Number of the network socket/)).toHaveProperty(
      'value',
      'B12-034',
    );
    expect(window.location.hash).toBe(hash);
    expect(screen.getByText(/Step 3/)).toBeTruthy();
  });

  it('is not offered on the pages that stay French, which stay French', async () => {
    await loadEnglish();
    localStorage.setItem(languageKey, 'en');
    renderApp('#/auteur');
    expect(await screen.findByRole('heading', { level: 1, name: /Espace auteur/ })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: /Langu/ })).toBeNull();
    expect(document.documentElement.lang).toBe('fr');
  });
});
